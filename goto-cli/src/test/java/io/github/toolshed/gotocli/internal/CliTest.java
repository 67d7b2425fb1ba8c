package io.github.toolshed.gotocli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @TempDir
    Path tmp;

    private Path home;
    private Path here;
    private final Map<String, String> env = new HashMap<>();
    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;

    @BeforeEach
    void setUp() throws Exception {
        home = Files.createDirectories(tmp.resolve("home"));
        here = Files.createDirectories(tmp.resolve("work dir"));
        env.put("HOME", home.toString());
        env.put("PWD", here.toString());
    }

    private int run(String... args) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        return new Cli(env, here, out, err).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path dir(String name) throws Exception {
        return Files.createDirectories(tmp.resolve(name));
    }

    private Path targets() {
        return home.resolve(".config/goto/targets");
    }

    @Test
    void addThenJumpPrintsTheDirectoryAndANewline() throws Exception {
        Path p = dir("projects");
        assertThat(run("-a", "proj", p.toString())).isZero();
        assertThat(err()).isEmpty();
        assertThat(run("proj")).isZero();
        assertThat(out()).isEqualTo(p + "\n");
        assertThat(run("--", "proj")).isZero();
        assertThat(out()).isEqualTo(p + "\n");
    }

    @Test
    void nulTerminatedJumpForScripts() throws Exception {
        Path p = dir("nl\nend\n");
        run("-a", "n", p.toString());
        assertThat(run("-0", "--", "n")).isZero();
        assertThat(out.toByteArray()).isEqualTo((p + "\0").getBytes(StandardCharsets.UTF_8));
        assertThat(run("-0", "-l")).isEqualTo(2);
        assertThat(err()).isEqualTo("goto: -0 only goes with a jump (see goto --help)\n");
    }

    @Test
    void addDefaultsToTheShellsLogicalDirectory() throws Exception {
        Path real = dir("real");
        Path link = Files.createSymbolicLink(tmp.resolve("link"), real);
        env.put("PWD", link.toString());
        Cli cli = new Cli(env, real, out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream());
        assertThat(cli.run(new String[] {"-a", "l"})).isZero();
        assertThat(Files.readString(targets())).isEqualTo("l\t" + link + "\n");
        env.put("PWD", "/somewhere/else");
        cli = new Cli(env, real, out, err);
        assertThat(cli.run(new String[] {"-a", "r"})).isZero();
        assertThat(Files.readString(targets())).endsWith("r\t" + real + "\n");
    }

    @Test
    void addResolvesRelativeDirectoriesAndRefusesFilesAndOverwrites() throws Exception {
        dir("work dir/sub");
        assertThat(run("--add", "s", "sub/../sub/")).isZero();
        assertThat(Files.readString(targets())).isEqualTo("s\t" + here.resolve("sub") + "\n");
        Files.writeString(here.resolve("file"), "x");
        assertThat(run("-a", "f", "file")).isEqualTo(1);
        assertThat(err()).isEqualTo("goto: not a directory: " + here.resolve("file") + "\n");
        assertThat(run("-a", "s", ".")).isEqualTo(1);
        assertThat(err()).isEqualTo("goto: alias 's' already exists (" + here.resolve("sub") + "); use -f to overwrite\n");
        assertThat(run("-a", "-f", "s", ".")).isZero();
        assertThat(run("-f", "-a", "s", ".")).isZero();
        assertThat(Files.readString(targets())).isEqualTo("s\t" + here + "\n");
    }

    @Test
    void invalidNamesAreRefusedWithTheRule() {
        assertThat(run("-a", "a b")).isEqualTo(1);
        assertThat(err()).isEqualTo("goto: alias name must not contain whitespace or control characters: 'a b'\n");
        assertThat(run("-a", "--", "-x")).isEqualTo(1);
        assertThat(err()).isEqualTo("goto: alias name must not start with '-': '-x'\n");
        assertThat(Files.exists(targets())).isFalse();
    }

    @Test
    void listIsAlignedAndMarksMissingDirectories() throws Exception {
        Path a = dir("a");
        Files.createDirectories(targets().getParent());
        Files.writeString(targets(), "a\t" + a + "\nlonger\t/does/not/exist\nnl\t" + a + "\\nx\n");
        assertThat(run("-l")).isZero();
        assertThat(out()).isEqualTo("a       " + a + "\n"
                + "longer  /does/not/exist  (missing)\n"
                + "nl      " + a + "\\nx  (missing)\n");
        assertThat(run()).isZero();
        assertThat(out()).startsWith("a       ");
    }

    @Test
    void emptyListSaysHowToAdd() {
        assertThat(run("--list")).isZero();
        assertThat(out()).isEmpty();
        assertThat(err()).isEqualTo("goto: no aliases yet; add one with goto -a NAME [DIR]\n");
    }

    @Test
    void corruptLinesAreReportedWithTheirLineNumberAndKept() throws Exception {
        Files.createDirectories(targets().getParent());
        Files.writeString(targets(), "# mine\nbroken\n");
        assertThat(run("-a", "h")).isZero();
        assertThat(err()).isEqualTo("goto: " + targets() + ":2: no tab between name and path (line kept)\n");
        assertThat(run("-l")).isZero();
        assertThat(err()).isEqualTo("goto: " + targets() + ":2: no tab between name and path (line kept)\n");
        assertThat(Files.readString(targets())).isEqualTo("# mine\nbroken\nh\t" + here + "\n");
    }

    @Test
    void ambiguousNameListsTheCandidates() throws Exception {
        run("-a", "projects", dir("p1").toString());
        run("-a", "proposals", dir("p2").toString());
        assertThat(run("pro")).isEqualTo(1);
        assertThat(out()).isEmpty();
        assertThat(err()).isEqualTo("goto: 'pro' matches several aliases; did you mean:\n  projects\n  proposals\n");
    }

    @Test
    void unknownNameSuggestsANearOne() throws Exception {
        run("-a", "docs", dir("d").toString());
        assertThat(run("dosc")).isEqualTo(1);
        assertThat(err()).isEqualTo("goto: no alias 'dosc'; did you mean 'docs'?\n");
        assertThat(run("zzz")).isEqualTo(1);
        assertThat(err()).isEqualTo("goto: no alias 'zzz' (goto -l lists them)\n");
    }

    @Test
    void unknownNameWithoutAliases() {
        assertThat(run("x")).isEqualTo(1);
        assertThat(err()).isEqualTo("goto: no alias 'x' (no aliases yet: goto -a NAME [DIR])\n");
    }

    @Test
    void controlCharactersInMessagesAreEscaped() {
        assertThat(run("a\u001b[31mb")).isEqualTo(1);
        assertThat(err()).isEqualTo("goto: no alias 'a\\x1b[31mb' (no aliases yet: goto -a NAME [DIR])\n");
    }

    @Test
    void missingDirectoryOfAnAliasIsAnError() throws Exception {
        Path gone = dir("gone");
        run("-a", "g", gone.toString());
        Files.delete(gone);
        assertThat(run("g")).isEqualTo(1);
        assertThat(out()).isEmpty();
        assertThat(err()).isEqualTo("goto: directory of alias 'g' is missing: " + gone + "\n");
    }

    @Test
    void jumpBelowAnAlias() throws Exception {
        Path p = dir("p");
        Path deep = dir("p/src/main");
        run("-a", "proj", p.toString());
        assertThat(run("proj/src/main")).isZero();
        assertThat(out()).isEqualTo(deep + "\n");
        assertThat(run("pr/src")).isZero();
        assertThat(out()).isEqualTo(p.resolve("src") + "\n");
        assertThat(run("proj/nope")).isEqualTo(1);
        assertThat(err()).isEqualTo("goto: no directory 'nope' below alias 'proj': " + p.resolve("nope") + "\n");
    }

    @Test
    void removeAndRename() throws Exception {
        run("-a", "a", dir("a").toString());
        assertThat(run("--rename", "a", "b")).isZero();
        assertThat(run("-r", "a")).isEqualTo(1);
        assertThat(err()).isEqualTo("goto: no alias 'a'\n");
        assertThat(run("--remove", "b")).isZero();
        assertThat(Files.readString(targets())).isEmpty();
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("-x")).isEqualTo(2);
        assertThat(err()).isEqualTo("goto: unknown option '-x' (see goto --help)\n");
        assertThat(run("-l", "-a", "x")).isEqualTo(2);
        assertThat(err()).isEqualTo("goto: options --list and --add cannot be combined (see goto --help)\n");
        assertThat(run("a", "b")).isEqualTo(2);
        assertThat(err()).isEqualTo("goto: goto needs exactly one NAME, got 2 (see goto --help)\n");
        assertThat(run("--rename", "a")).isEqualTo(2);
        assertThat(err()).isEqualTo("goto: --rename needs OLD and NEW (see goto --help)\n");
        assertThat(run("-a")).isEqualTo(2);
        assertThat(err()).isEqualTo("goto: --add needs NAME and optionally DIR (see goto --help)\n");
        assertThat(run("-f", "x")).isEqualTo(2);
        assertThat(err()).isEqualTo("goto: -f only goes with --add or --import (see goto --help)\n");
        assertThat(run("-l", "x")).isEqualTo(2);
        assertThat(err()).isEqualTo("goto: --list takes no operands, got 'x' (see goto --help)\n");
        assertThat(run("init")).isEqualTo(2);
        assertThat(err()).isEqualTo("goto: init needs one shell: bash, zsh or fish (see goto --help)\n");
        assertThat(run("init", "tcsh")).isEqualTo(2);
        assertThat(err()).isEqualTo("goto: unknown shell 'tcsh'; choose bash, zsh or fish (see goto --help)\n");
    }

    @Test
    void dashAloneBelongsToTheShellFunction() {
        assertThat(run("-")).isEqualTo(1);
        assertThat(err()).isEqualTo(
                "goto: 'goto -' is handled by the shell function; load it with eval \"$(goto init bash)\"\n");
    }

    @Test
    void helpAndVersion() {
        assertThat(run("-h")).isZero();
        assertThat(out()).isEqualTo(Cli.USAGE).contains("goto init bash|zsh|fish", "goto --rename OLD NEW");
        assertThat(run("--version")).isZero();
        assertThat(out()).matches("goto \\S+\n");
    }

    @Test
    void initPrintsAFunctionPerShellThatNeverEvaluatesOutput() {
        for (String shell : new String[] {"bash", "zsh", "fish"}) {
            assertThat(run("init", shell)).isZero();
            String code = out().lines().filter(line -> !line.strip().startsWith("#")).reduce("", (a, b) -> a + b + "\n");
            assertThat(code)
                    .containsPattern("builtin cd (-q )?-- |\n    cd -- ")
                    .contains("command goto", "__goto_complete")
                    .doesNotContain("eval", "source", ". \"");
        }
    }

    @Test
    void completionOffersMatchingNamesThenSubdirectories() throws Exception {
        Path p = dir("p");
        dir("p/src");
        dir("p/site");
        dir("p/.git");
        Files.writeString(p.resolve("file"), "");
        run("-a", "proj", p.toString());
        run("-a", "projects", p.toString());
        run("-a", "Docs", p.toString());
        assertThat(run("--complete", "pro")).isZero();
        assertThat(out()).isEqualTo("proj\nprojects\n");
        assertThat(run("--complete")).isZero();
        assertThat(out()).isEqualTo("proj\nprojects\nDocs\n");
        assertThat(run("--complete", "do")).isZero();
        assertThat(out()).isEqualTo("Docs\n");
        assertThat(run("--complete", "pjs")).isZero();
        assertThat(out()).isEqualTo("projects\n");
        assertThat(run("--complete", "proj/s")).isZero();
        assertThat(out()).isEqualTo("proj/site/\nproj/src/\n");
        assertThat(run("--complete", "proj/.")).isZero();
        assertThat(out()).isEqualTo("proj/.git/\n");
        assertThat(run("--complete", "nope/")).isZero();
        assertThat(out()).isEmpty();
    }

    @Test
    void importReadsNameEqualsPathPairs() throws Exception {
        Path src = dir("src");
        run("-a", "keep", src.toString());
        Files.writeString(here.resolve("old.conf"), "# from goto.py\n"
                + "p = ~/projects\n"
                + "dj='/usr/local/src/django/'\n"
                + "keep=/elsewhere\n"
                + "nonsense\n"
                + "bad name=/x\n"
                + "rel=some/where\n");
        assertThat(run("--import", "old.conf")).isEqualTo(1);
        Path conf = here.resolve("old.conf");
        assertThat(err()).isEqualTo("goto: " + conf + ":5: expected name=path\n"
                + "goto: " + conf + ":6: alias name must not contain whitespace or control characters: 'bad name'\n"
                + "goto: " + conf + ":7: directory of 'rel' must be absolute, was some/where\n"
                + "goto: alias 'keep' already exists, not imported (use -f to overwrite)\n"
                + "goto: imported 2 aliases from " + conf + "\n");
        assertThat(Files.readString(targets())).isEqualTo("keep\t" + src + "\n"
                + "p\t" + home.resolve("projects") + "\n"
                + "dj\t/usr/local/src/django\n");
        assertThat(run("--import", "-f", "old.conf")).isEqualTo(1);
        assertThat(Files.readString(targets())).startsWith("keep\t/elsewhere\n");
    }

    @Test
    void importOfAMissingFileFails() {
        assertThat(run("--import", "nope.conf")).isEqualTo(1);
        assertThat(err()).startsWith("goto: cannot read " + here.resolve("nope.conf") + ": ");
    }

    @Test
    void gotoTargetsOverridesTheLocation() throws Exception {
        Path custom = tmp.resolve("custom/targets");
        env.put("GOTO_TARGETS", custom.toString());
        run("-a", "x");
        assertThat(Files.readString(custom)).isEqualTo("x\t" + here + "\n");
        assertThat(Files.exists(targets())).isFalse();
    }

    @Test
    void aHugeTargetsFileStillResolvesExactly() throws Exception {
        Path target = dir("deep/" + "x".repeat(200) + "/" + "y".repeat(200));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            text.append("alias").append(i).append("\t/nowhere/").append(i).append('\n');
        }
        text.append("needle\t").append(TargetsFile.escape(target.toString())).append('\n');
        Files.createDirectories(targets().getParent());
        Files.writeString(targets(), text);
        assertThat(run("needle")).isZero();
        assertThat(out()).isEqualTo(target + "\n");
        assertThat(run("alias1999")).isEqualTo(1);
        assertThat(err()).startsWith("goto: directory of alias 'alias1999' is missing: /nowhere/1999");
        assertThat(run("alias199")).isEqualTo(1);
        assertThat(err()).startsWith("goto: directory of alias 'alias199' is missing");
        assertThat(run("--complete", "alias1999")).isZero();
        assertThat(out().lines()).containsExactly("alias1999", "alias19990", "alias19991", "alias19992",
                "alias19993", "alias19994", "alias19995", "alias19996", "alias19997", "alias19998", "alias19999");
    }
}

package io.github.toolshed.chat.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.toolshed.chat.ChatException;
import io.github.toolshed.chat.ErrorCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"ann", "Zoë", "李小龙", "mary jane", "o.brien-2", "_x_"})
    void acceptsReasonableNicks(String nick) {
        assertThat(Names.nick(nick, 32)).isEqualTo(nick);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", " ann", "ann ", "a  b", "<b>", "a\u0000b", "a\nb", "a\u202eb", "ann;drop",
            "0123456789012345678901234567890123"})
    void refusesOtherNicks(String nick) {
        assertThatThrownBy(() -> Names.nick(nick, 32)).isInstanceOfSatisfying(ChatException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_NICK));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "../x", "a/b", "a b", "%2e%2e", "a\u0000", "é"})
    void refusesRoomsOutsideTheSafeAlphabet(String room) {
        assertThatThrownBy(() -> Names.room(room)).isInstanceOfSatisfying(ChatException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ROOM));
        assertThatThrownBy(() -> Names.room("x".repeat(65))).isInstanceOf(ChatException.class);
        assertThat(Names.room("general-2.0_x")).isEqualTo("general-2.0_x");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\t"})
    void blankTextIsRefused(String text) {
        assertThatThrownBy(() -> Names.text(text, 10)).isInstanceOfSatisfying(ChatException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.EMPTY_TEXT));
        assertThatThrownBy(() -> Names.text("x".repeat(11), 10)).isInstanceOfSatisfying(ChatException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.TEXT_TOO_LONG));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0007bell", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
    void printableShortensAndMasks(String text) {
        assertThat(Names.printable(text, 32)).doesNotContain("\u0007").hasSizeLessThanOrEqualTo(33);
    }
}

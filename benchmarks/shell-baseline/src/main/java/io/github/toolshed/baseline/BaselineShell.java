package io.github.toolshed.baseline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.stereotype.Component;

/** The smallest Spring Shell app: one {@code hello} command, Spring Shell's own runners. */
@SpringBootApplication
public class BaselineShell {

    /**
     * Starts the app.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        SpringApplication.run(BaselineShell.class, args);
    }

    /** The one command. */
    @Component
    public static class Hello {

        /**
         * Says hello.
         *
         * @return the greeting
         */
        @Command(name = "hello", description = "Say hello")
        public String hello() {
            return "hello";
        }
    }
}

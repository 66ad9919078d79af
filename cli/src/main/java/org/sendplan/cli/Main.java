package org.sendplan.cli;

/** Entry point of the sendplan launcher. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // POI logs through log4j-api; without this it complains on stderr that no logging
        // implementation is present. sendplan reports through its own warnings instead.
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.level", "OFF");
        System.setProperty("java.awt.headless", "true");
        System.exit(CommandFactory.create(args).execute(args));
    }
}

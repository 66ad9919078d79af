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
        // no option takes a date, a time or a JDBC type: picocli need not load those classes by reflection to offer converters for them
        System.setProperty("picocli.converters.excludes", "java\\.sql\\..*,java\\.time\\..*");
        System.exit(CommandFactory.create(args).execute(args));
    }
}

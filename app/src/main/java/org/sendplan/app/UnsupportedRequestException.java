package org.sendplan.app;

/** A request the data cannot serve (a base year without the inputs the method needs, pupils asked for where there are none): exit 2. */
public final class UnsupportedRequestException extends RuntimeException {
    public UnsupportedRequestException(String message) {
        super(message);
    }
}

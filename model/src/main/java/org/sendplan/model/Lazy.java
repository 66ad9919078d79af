package org.sendplan.model;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value made on first use, once, whichever thread asks first (the others wait for it): for work
 * a run may not need at all, such as a history that kept work makes unnecessary. The maker is let
 * go once it has made the value.
 */
public final class Lazy<T> implements Supplier<T> {
    private Supplier<? extends T> maker;
    private volatile T value;

    public Lazy(Supplier<? extends T> maker) {
        this.maker = Objects.requireNonNull(maker, "maker");
    }

    @Override
    public T get() {
        T v = value;
        if (v != null) return v;
        synchronized (this) {
            if (value == null) {
                value = Objects.requireNonNull(maker.get(), "a lazy value");
                maker = null;
            }
            return value;
        }
    }
}

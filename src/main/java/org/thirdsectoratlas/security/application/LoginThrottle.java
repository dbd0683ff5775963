package org.thirdsectoratlas.security.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Slows password guessing: after {@value #MAX_FAILURES} failed logins for a user name within the window,
 * further attempts are refused until the window has passed. Per replica; a shared limiter or the identity
 * provider's lockout does this in production.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(5);
    private static final int MAX_TRACKED = 10_000;

    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    public boolean isBlocked(String user) {
        Failures f = failures.get(user);
        return f != null && f.count >= MAX_FAILURES && clock.instant().isBefore(f.since.plus(WINDOW));
    }

    public void failed(String user) {
        if (failures.size() > MAX_TRACKED) {
            failures.clear();
        }
        Instant now = clock.instant();
        failures.compute(user, (k, f) -> f == null || now.isAfter(f.since.plus(WINDOW))
                ? new Failures(now, 1) : new Failures(f.since, f.count + 1));
    }

    public void succeeded(String user) {
        failures.remove(user);
    }

    private record Failures(Instant since, int count) {
    }
}

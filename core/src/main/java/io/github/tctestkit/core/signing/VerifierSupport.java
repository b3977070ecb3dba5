package io.github.tctestkit.core.signing;

import java.time.Clock;
import java.time.Duration;

/** Helpers shared by the TC3 and v1 verifiers. */
final class VerifierSupport {

    private VerifierSupport() {}

    /** Parses a plain decimal timestamp (after trimming); returns -1 if it is not one or is out of range. */
    static long parseTimestamp(String raw) {
        String s = raw.trim();
        if (s.isEmpty() || s.length() > 12) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value <= Tc3Signer.MAX_TIMESTAMP ? value : -1;
    }

    /** Returns null if within skew (or no clock), otherwise a message. */
    static String skewProblem(Clock clock, Duration maxSkew, long timestamp) {
        if (clock == null) {
            return null;
        }
        long now = clock.instant().getEpochSecond();
        long diff = Math.abs(now - timestamp);
        if (diff > maxSkew.getSeconds()) {
            return "timestamp " + timestamp + " differs from server time " + now + " by " + diff
                    + " s, more than the allowed " + maxSkew.getSeconds() + " s";
        }
        return null;
    }

    static void checkSkewArguments(Clock clock, Duration maxSkew) {
        if (clock == null || maxSkew == null) {
            throw new IllegalArgumentException("clock and maxSkew must not be null");
        }
        if (maxSkew.isNegative()) {
            throw new IllegalArgumentException("maxSkew must not be negative: " + maxSkew);
        }
    }
}

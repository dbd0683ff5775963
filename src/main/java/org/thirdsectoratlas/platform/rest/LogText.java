package org.thirdsectoratlas.platform.rest;

/**
 * Text from a request made safe for one log line: bounded (a 4 KB header must not become a 4 KB line, or many)
 * and with control characters escaped (no forged lines).
 */
public final class LogText {

    public static final int LIMIT = 200;

    private LogText() {
    }

    public static String safe(Object value) {
        String text = String.valueOf(value);
        StringBuilder out = new StringBuilder(Math.min(text.length(), LIMIT) + 16);
        for (int i = 0; i < text.length() && out.length() < LIMIT; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (out.length() >= LIMIT && text.length() > LIMIT) {
            out.append("… (").append(text.length()).append(" chars)");
        }
        return out.toString();
    }

    /** A failure for the log: its class, its bounded message, and where it happened (a few frames, no message). */
    public static String failure(Throwable e) {
        StringBuilder out = new StringBuilder(e.getClass().getName()).append(": ").append(safe(e.getMessage()));
        StackTraceElement[] frames = e.getStackTrace();
        for (int i = 0; i < Math.min(frames.length, 12); i++) {
            out.append("\n\tat ").append(frames[i]);
        }
        for (Throwable cause = e.getCause(); cause != null && cause != e; cause = cause.getCause() == cause ? null : cause.getCause()) {
            out.append("\nCaused by: ").append(cause.getClass().getName()).append(": ").append(safe(cause.getMessage()));
            StackTraceElement[] at = cause.getStackTrace();
            if (at.length > 0) {
                out.append("\n\tat ").append(at[0]);
            }
        }
        return out.toString();
    }
}

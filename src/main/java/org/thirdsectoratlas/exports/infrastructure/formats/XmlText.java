package org.thirdsectoratlas.exports.infrastructure.formats;

/** Text that XML 1.0 can carry: characters it forbids (most control characters) are dropped, not escaped. */
final class XmlText {

    private XmlText() {
    }

    static String of(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                    || Character.isSurrogate(c) || (c >= 0xE000 && c <= 0xFFFD);
            if (!allowed && out == null) {
                out = new StringBuilder(value.substring(0, i));
            } else if (allowed && out != null) {
                out.append(c);
            }
        }
        return out == null ? value : out.toString();
    }
}

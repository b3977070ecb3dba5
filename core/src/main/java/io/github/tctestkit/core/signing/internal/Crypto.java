package io.github.tctestkit.core.signing.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Hashing and HMAC helpers built on the JDK only. Internal: not part of the public API and may change without notice.
 */
public final class Crypto {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private static final String HMAC_SHA256 = "HmacSHA256";

    /**
     * One SHA-256 digest and one HMAC-SHA256 per thread: {@code getInstance} looks the provider up each time, and a
     * server verifies every request's signature (two digests and four HMACs). {@code digest()} and {@code doFinal()}
     * reset them, and {@code init} replaces the key.
     */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    });

    private static final ThreadLocal<Mac> MAC_SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return Mac.getInstance(HMAC_SHA256);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(HMAC_SHA256 + " is not available in this JVM", e);
        }
    });

    /**
     * TC3 signing keys by secret key, date and service: the key changes once a day, so a server that verifies every
     * request derives it (three HMACs) once. Bounded: cleared when full.
     */
    private static final java.util.Map<KeyScope, byte[]> SIGNING_KEYS = new java.util.concurrent.ConcurrentHashMap<>();

    private record KeyScope(String secretKey, String date, String service) {}

    static final int MAX_SIGNING_KEYS = 256;

    private Crypto() {}

    /** Lower-case hex SHA-256 of {@code data}. */
    public static String sha256Hex(byte[] data) {
        return hex(SHA256.get().digest(data));
    }

    /** Lower-case hex SHA-256 of the UTF-8 bytes of {@code text}. */
    public static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /** HMAC of {@code message} with the JCA algorithm {@code algorithm} (e.g. {@code HmacSHA256}). */
    public static byte[] hmac(String algorithm, byte[] key, byte[] message) {
        try {
            if (algorithm.equals(HMAC_SHA256)) {
                Mac mac = MAC_SHA256.get();
                mac.init(new SecretKeySpec(key, algorithm));
                return mac.doFinal(message);
            }
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, algorithm));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not usable in this JVM", e);
        }
    }

    /** HMAC-SHA256 of the UTF-8 bytes of {@code message}. */
    public static byte[] hmacSha256(byte[] key, String message) {
        return hmac(HMAC_SHA256, key, message.getBytes(StandardCharsets.UTF_8));
    }

    /** The TC3 derived signing key: HMAC chain over date, service and {@code tc3_request}. */
    public static byte[] tc3SigningKey(String secretKey, String date, String service) {
        KeyScope cacheKey = new KeyScope(secretKey, date, service);
        byte[] cached = SIGNING_KEYS.get(cacheKey);
        if (cached == null) {
            cached = deriveSigningKey(secretKey, date, service);
            if (SIGNING_KEYS.size() >= MAX_SIGNING_KEYS) {
                SIGNING_KEYS.clear();
            }
            SIGNING_KEYS.put(cacheKey, cached);
        }
        return cached.clone();
    }

    private static byte[] deriveSigningKey(String secretKey, String date, String service) {
        byte[] secretDate = hmacSha256(("TC3" + secretKey).getBytes(StandardCharsets.UTF_8), date);
        byte[] secretService = hmacSha256(secretDate, service);
        return hmacSha256(secretService, "tc3_request");
    }

    /** The final TC3 step: lower-case hex HMAC-SHA256 of the string to sign with a derived signing key. */
    public static String tc3Signature(byte[] signingKey, String stringToSign) {
        return hex(hmacSha256(signingKey, stringToSign));
    }

    /** Lower-case hex encoding. */
    public static String hex(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX[(bytes[i] >> 4) & 0xF];
            out[2 * i + 1] = HEX[bytes[i] & 0xF];
        }
        return new String(out);
    }

    /** Decodes hex (either case); throws {@link IllegalArgumentException} on odd length or non-hex characters. */
    public static byte[] unhex(String hex) {
        if (hex.length() % 2 != 0) {
            throw new IllegalArgumentException("hex string has odd length " + hex.length());
        }
        byte[] out = new byte[hex.length() / 2];
        for (int i = 0; i < out.length; i++) {
            int hi = Character.digit(hex.charAt(2 * i), 16);
            int lo = Character.digit(hex.charAt(2 * i + 1), 16);
            if (hi < 0 || lo < 0) {
                throw new IllegalArgumentException("not a hex string (bad character near index " + 2 * i + ")");
            }
            out[i] = (byte) ((hi << 4) | lo);
        }
        return out;
    }

    /** Constant-time comparison of the UTF-8 bytes of two strings. */
    public static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}

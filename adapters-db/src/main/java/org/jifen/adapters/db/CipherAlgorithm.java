package org.jifen.adapters.db;

/**
 * The authenticated ciphers that encrypt personal data at rest. Each stored value names the one that
 * wrote it, so switching the configured cipher leaves older values readable.
 */
public enum CipherAlgorithm {

    /** AES in Galois/Counter Mode (the JDK's provider): the default. */
    AES_GCM((byte) 1),

    /** SM4 (GB/T 32907, the national standard block cipher) in Galois/Counter Mode, by BouncyCastle. */
    SM4_GCM((byte) 2);

    private final byte id;

    CipherAlgorithm(byte id) {
        this.id = id;
    }

    byte id() {
        return id;
    }

    static CipherAlgorithm byId(byte id) {
        for (CipherAlgorithm algorithm : values()) {
            if (algorithm.id == id) {
                return algorithm;
            }
        }
        throw new StorageException("PERSONAL_DATA_UNREADABLE", "stored personal data names an unknown cipher");
    }
}

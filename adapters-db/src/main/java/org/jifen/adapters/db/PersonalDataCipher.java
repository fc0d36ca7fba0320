package org.jifen.adapters.db;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Encrypts personal data (ID numbers, phones) for storage and makes the keyed hashes that find a
 * person by ID number without decrypting anything.
 *
 * <p>A stored value is base64 of: a format byte (1), the cipher's id, a random 96-bit nonce, and the
 * ciphertext with its 128-bit GCM tag. The {@code context} (table, column and row, e.g.
 * {@code person.id_number:person-0001}) is authenticated with it, so a value copied to another row or
 * column does not decrypt. The encryption key and the hash key are derived from the configured
 * {@link PersonalDataKey} with HMAC-SHA256 under distinct labels.
 */
public final class PersonalDataCipher {

    private static final byte FORMAT = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final CipherAlgorithm algorithm;
    private final byte[] aesKey;
    private final byte[] sm4Key;
    private final byte[] hashKey;
    private final SecureRandom random = new SecureRandom();

    public PersonalDataCipher(PersonalDataKey key, CipherAlgorithm algorithm) {
        Objects.requireNonNull(key, "key");
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        byte[] master = key.bytes();
        this.aesKey = Arrays.copyOf(derive(master, "jifen/personal-data/aes-gcm/v1"), key.length());
        this.sm4Key = Arrays.copyOf(derive(master, "jifen/personal-data/sm4-gcm/v1"), 16);
        this.hashKey = derive(master, "jifen/personal-data/lookup-hash/v1");
        Arrays.fill(master, (byte) 0);
    }

    public CipherAlgorithm algorithm() {
        return algorithm;
    }

    /** The value encrypted for storage under {@code context}. */
    public String encrypt(String plaintext, String context) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = seal(algorithm, true, nonce, plaintext.getBytes(StandardCharsets.UTF_8), aad(context));
        ByteBuffer stored = ByteBuffer.allocate(2 + NONCE_BYTES + sealed.length);
        stored.put(FORMAT).put(algorithm.id()).put(nonce).put(sealed);
        return Base64.getEncoder().encodeToString(stored.array());
    }

    /** A stored value decrypted; {@code PERSONAL_DATA_UNREADABLE} when the key or context does not match. */
    public String decrypt(String stored, String context) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(stored);
        } catch (IllegalArgumentException e) {
            throw unreadable();
        }
        if (bytes.length < 2 + NONCE_BYTES + TAG_BITS / 8 || bytes[0] != FORMAT) {
            throw unreadable();
        }
        CipherAlgorithm writtenWith = CipherAlgorithm.byId(bytes[1]);
        byte[] nonce = Arrays.copyOfRange(bytes, 2, 2 + NONCE_BYTES);
        byte[] sealed = Arrays.copyOfRange(bytes, 2 + NONCE_BYTES, bytes.length);
        return new String(seal(writtenWith, false, nonce, sealed, aad(context)), StandardCharsets.UTF_8);
    }

    /** The keyed hash (HMAC-SHA256, hex) of a value, for lookups by equality. */
    public String lookupHash(String value) {
        return HexFormat.of().formatHex(hmac(hashKey, value.getBytes(StandardCharsets.UTF_8)));
    }

    private byte[] seal(CipherAlgorithm with, boolean encrypt, byte[] nonce, byte[] input, byte[] aad) {
        return with == CipherAlgorithm.SM4_GCM ? sm4(encrypt, nonce, input, aad) : aes(encrypt, nonce, input, aad);
    }

    private byte[] aes(boolean encrypt, byte[] nonce, byte[] input, byte[] aad) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(encrypt ? Cipher.ENCRYPT_MODE : Cipher.DECRYPT_MODE, new SecretKeySpec(aesKey, "AES"),
                    new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad);
            return cipher.doFinal(input);
        } catch (javax.crypto.AEADBadTagException e) {
            throw unreadable();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is not available in this JDK", e);
        }
    }

    private byte[] sm4(boolean encrypt, byte[] nonce, byte[] input, byte[] aad) {
        return sm4Gcm(sm4Key, encrypt, nonce, input, aad);
    }

    /** SM4-GCM with a 128-bit tag (BouncyCastle's SM4 engine in its GCM mode), ciphertext and tag together. */
    static byte[] sm4Gcm(byte[] key, boolean encrypt, byte[] nonce, byte[] input, byte[] aad) {
        GCMModeCipher gcm = GCMBlockCipher.newInstance(new SM4Engine());
        gcm.init(encrypt, new AEADParameters(new KeyParameter(key), TAG_BITS, nonce, aad));
        byte[] output = new byte[gcm.getOutputSize(input.length)];
        int length = gcm.processBytes(input, 0, input.length, output, 0);
        try {
            length += gcm.doFinal(output, length);
        } catch (InvalidCipherTextException e) {
            throw unreadable();
        }
        return length == output.length ? output : Arrays.copyOf(output, length);
    }

    private static byte[] aad(String context) {
        return context.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] derive(byte[] master, String label) {
        return hmac(master, label.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JDK", e);
        }
    }

    private static StorageException unreadable() {
        return new StorageException("PERSONAL_DATA_UNREADABLE",
                "stored personal data cannot be decrypted with the configured key");
    }

    @Override
    public String toString() {
        return "PersonalDataCipher[" + algorithm + "]";
    }
}

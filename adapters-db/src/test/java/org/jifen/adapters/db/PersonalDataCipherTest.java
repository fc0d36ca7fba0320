package org.jifen.adapters.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class PersonalDataCipherTest {

    private static final String ID_NUMBER = "33020319900307123X";
    private static final String CONTEXT = "person.id_number:person-0001";
    private static final PersonalDataKey KEY_128 = PersonalDataKey.of(HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f"));
    private static final PersonalDataKey KEY_256 = PersonalDataKey.fromBase64("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");

    @ParameterizedTest
    @EnumSource(CipherAlgorithm.class)
    void aValueEncryptedWithA128Or256BitKey_decryptsBackUnderTheSameContext(CipherAlgorithm algorithm) {
        for (PersonalDataKey key : new PersonalDataKey[] {KEY_128, KEY_256}) {
            PersonalDataCipher cipher = new PersonalDataCipher(key, algorithm);

            String stored = cipher.encrypt(ID_NUMBER, CONTEXT);

            assertThat(stored).doesNotContain(ID_NUMBER).doesNotContain("19900307");
            assertThat(cipher.decrypt(stored, CONTEXT)).isEqualTo(ID_NUMBER);
            byte[] raw = Base64.getDecoder().decode(stored);
            assertThat(raw[0]).as("format").isEqualTo((byte) 1);
            assertThat(raw[1]).as("cipher id").isEqualTo(algorithm.id());
            assertThat(raw).hasSize(2 + 12 + ID_NUMBER.length() + 16);
        }
    }

    @ParameterizedTest
    @EnumSource(CipherAlgorithm.class)
    void theSameValueEncryptsDifferentlyEachTime(CipherAlgorithm algorithm) {
        PersonalDataCipher cipher = new PersonalDataCipher(KEY_256, algorithm);
        Set<String> stored = new HashSet<>();

        for (int i = 0; i < 50; i++) {
            stored.add(cipher.encrypt("13812345678", "person.phone:person-0001"));
        }

        assertThat(stored).hasSize(50);
    }

    @ParameterizedTest
    @EnumSource(CipherAlgorithm.class)
    void aValueMovedToAnotherRowOrColumn_isRefusedAsUnreadable(CipherAlgorithm algorithm) {
        PersonalDataCipher cipher = new PersonalDataCipher(KEY_256, algorithm);
        String stored = cipher.encrypt(ID_NUMBER, CONTEXT);

        assertThatThrownBy(() -> cipher.decrypt(stored, "person.id_number:person-0002"))
                .isInstanceOfSatisfying(StorageException.class,
                        e -> assertThat(e.code()).isEqualTo("PERSONAL_DATA_UNREADABLE"));
        assertThatThrownBy(() -> cipher.decrypt(stored, "person.phone:person-0001"))
                .isInstanceOfSatisfying(StorageException.class,
                        e -> assertThat(e.code()).isEqualTo("PERSONAL_DATA_UNREADABLE"));
    }

    @ParameterizedTest
    @EnumSource(CipherAlgorithm.class)
    void anotherKeyOrATamperedValue_isRefusedAsUnreadableWithoutTheValue(CipherAlgorithm algorithm) {
        String stored = new PersonalDataCipher(KEY_256, algorithm).encrypt(ID_NUMBER, CONTEXT);
        byte[] tampered = Base64.getDecoder().decode(stored);
        tampered[20] ^= 1;

        assertThatThrownBy(() -> new PersonalDataCipher(KEY_128, algorithm).decrypt(stored, CONTEXT))
                .isInstanceOfSatisfying(StorageException.class, e -> {
                    assertThat(e.code()).isEqualTo("PERSONAL_DATA_UNREADABLE");
                    assertThat(e.getMessage()).doesNotContain(stored);
                });
        assertThatThrownBy(() -> new PersonalDataCipher(KEY_256, algorithm)
                .decrypt(Base64.getEncoder().encodeToString(tampered), CONTEXT))
                .isInstanceOfSatisfying(StorageException.class,
                        e -> assertThat(e.code()).isEqualTo("PERSONAL_DATA_UNREADABLE"));
        assertThatThrownBy(() -> new PersonalDataCipher(KEY_256, algorithm).decrypt("not base64 at all!", CONTEXT))
                .isInstanceOfSatisfying(StorageException.class,
                        e -> assertThat(e.code()).isEqualTo("PERSONAL_DATA_UNREADABLE"));
    }

    @Test
    void valuesWrittenWithOneCipher_remainReadableAfterSwitchingToTheOther() {
        String bySm4 = new PersonalDataCipher(KEY_256, CipherAlgorithm.SM4_GCM).encrypt(ID_NUMBER, CONTEXT);
        String byAes = new PersonalDataCipher(KEY_256, CipherAlgorithm.AES_GCM).encrypt(ID_NUMBER, CONTEXT);

        assertThat(new PersonalDataCipher(KEY_256, CipherAlgorithm.AES_GCM).decrypt(bySm4, CONTEXT)).isEqualTo(ID_NUMBER);
        assertThat(new PersonalDataCipher(KEY_256, CipherAlgorithm.SM4_GCM).decrypt(byAes, CONTEXT)).isEqualTo(ID_NUMBER);
    }

    @Test
    void theLookupHash_isAKeyedHmacThatIsStableForOneKeyAndDiffersBetweenKeys() {
        PersonalDataCipher cipher = new PersonalDataCipher(KEY_256, CipherAlgorithm.AES_GCM);

        String hash = cipher.lookupHash(ID_NUMBER);

        assertThat(hash).matches("[0-9a-f]{64}");
        assertThat(cipher.lookupHash(ID_NUMBER)).isEqualTo(hash);
        assertThat(new PersonalDataCipher(KEY_256, CipherAlgorithm.SM4_GCM).lookupHash(ID_NUMBER)).isEqualTo(hash);
        assertThat(new PersonalDataCipher(KEY_128, CipherAlgorithm.AES_GCM).lookupHash(ID_NUMBER)).isNotEqualTo(hash);
        assertThat(cipher.lookupHash("330203199003071231")).isNotEqualTo(hash);
    }

    /** RFC 8998, appendix A.1 (SM4-GCM), through the same BouncyCastle engine and mode the cipher uses. */
    @Test
    void sm4Gcm_matchesTheRfc8998TestVector() {
        HexFormat hex = HexFormat.of();
        byte[] key = hex.parseHex("0123456789abcdeffedcba9876543210");
        byte[] nonce = hex.parseHex("00001234567800000000abcd");
        byte[] aad = hex.parseHex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
        byte[] plaintext = hex.parseHex("aaaaaaaaaaaaaaaabbbbbbbbbbbbbbbbccccccccccccccccdddddddddddddddd"
                + "eeeeeeeeeeeeeeeeffffffffffffffffeeeeeeeeeeeeeeeeaaaaaaaaaaaaaaaa");

        byte[] sealed = PersonalDataCipher.sm4Gcm(key, true, nonce, plaintext, aad);

        assertThat(hex.formatHex(sealed)).isEqualTo("17f399f08c67d5ee19d0dc9969c4bb7d5fd46fd3756489069157b282bb200735"
                + "d82710ca5c22f0ccfa7cbf93d496ac15a56834cbcf98c397b4024a2691233b8d" + "83de3541e4c2b58177e065a9bf7b62ec");
        assertThat(PersonalDataCipher.sm4Gcm(key, false, nonce, sealed, aad)).isEqualTo(plaintext);
    }

    @Test
    void aKeyOfAnotherLengthOrNotInBase64_isRefusedWithInvalidPersonalDataKey() {
        assertThatThrownBy(() -> PersonalDataKey.of(new byte[24]))
                .isInstanceOfSatisfying(DatabaseConfigurationException.class,
                        e -> assertThat(e.code()).isEqualTo("INVALID_PERSONAL_DATA_KEY"));
        assertThatThrownBy(() -> PersonalDataKey.fromBase64("not*base64"))
                .isInstanceOfSatisfying(DatabaseConfigurationException.class,
                        e -> assertThat(e.code()).isEqualTo("INVALID_PERSONAL_DATA_KEY"));
        assertThatThrownBy(() -> PersonalDataKey.fromBase64(null))
                .isInstanceOfSatisfying(DatabaseConfigurationException.class,
                        e -> assertThat(e.code()).isEqualTo("INVALID_PERSONAL_DATA_KEY"));
    }

    @Test
    void aKeyNeverPrintsItself() {
        assertThat(KEY_256).hasToString("PersonalDataKey[256 bits]");
        assertThat(KEY_128.toString()).isEqualTo("PersonalDataKey[128 bits]");
        assertThat(DatabaseConfig.of("jdbc:postgresql://db/jifen?user=jifen&password=s3cret").withPersonalDataKey(KEY_256)
                .toString()).doesNotContain("s3cret").doesNotContain(KEY_256.toBase64()).contains("key=configured");
    }
}

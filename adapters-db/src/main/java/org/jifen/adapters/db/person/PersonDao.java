package org.jifen.adapters.db.person;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.BatchChunkSize;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The person and household tables. */
@RegisterConstructorMapper(PersonRow.class)
@RegisterConstructorMapper(HouseholdMemberRow.class)
interface PersonDao {

    String PERSON_COLUMNS = """
            person_id, id_number_hash, id_number_cipher, name, phone_cipher, residence_district, permit_number,
            permit_issuer, permit_valid_from, permit_valid_to""";

    @SqlUpdate("""
            INSERT INTO person (person_id, id_number_hash, id_number_cipher, name, phone_cipher, residence_district,
                permit_number, permit_issuer, permit_valid_from, permit_valid_to)
            VALUES (:personId, :idNumberHash, :idNumberCipher, :name, :phoneCipher, :residenceDistrict,
                :permitNumber, :permitIssuer, :permitValidFrom, :permitValidTo)
            """)
    void insert(@BindMethods PersonRow row);

    @SqlUpdate("""
            UPDATE person SET id_number_hash = :idNumberHash, id_number_cipher = :idNumberCipher, name = :name,
                phone_cipher = :phoneCipher, residence_district = :residenceDistrict, permit_number = :permitNumber,
                permit_issuer = :permitIssuer, permit_valid_from = :permitValidFrom, permit_valid_to = :permitValidTo
            WHERE person_id = :personId
            """)
    int update(@BindMethods PersonRow row);

    @SqlBatch("""
            INSERT INTO household_member (person_id, position_no, relation, id_number_hash, id_number_cipher, name,
                member_person_id)
            VALUES (:personId, :positionNo, :relation, :idNumberHash, :idNumberCipher, :name, :memberPersonId)
            """)
    @BatchChunkSize(1000)
    void insertMembers(@BindMethods List<HouseholdMemberRow> rows);

    @SqlUpdate("DELETE FROM household_member WHERE person_id = :person")
    void deleteMembers(@Bind("person") String person);

    @SqlBatch("""
            INSERT INTO person (person_id, id_number_hash, id_number_cipher, name, phone_cipher, residence_district,
                permit_number, permit_issuer, permit_valid_from, permit_valid_to)
            VALUES (:personId, :idNumberHash, :idNumberCipher, :name, :phoneCipher, :residenceDistrict,
                :permitNumber, :permitIssuer, :permitValidFrom, :permitValidTo)
            """)
    @BatchChunkSize(1000)
    void insertAll(@BindMethods List<PersonRow> rows);

    @SqlQuery("SELECT " + PERSON_COLUMNS + " FROM person WHERE person_id = ANY(:ids)")
    List<PersonRow> findAll(@Bind("ids") String[] ids);

    @SqlQuery("SELECT " + PERSON_COLUMNS + " FROM person WHERE id_number_hash = ANY(:hashes)")
    List<PersonRow> findAllByIdNumberHash(@Bind("hashes") String[] hashes);

    /** Ordered by id byte-wise (as Java orders the ids): {@code <byteOrder>} is {@code COLLATE "C"} on PostgreSQL. */
    @SqlQuery("SELECT " + PERSON_COLUMNS + " FROM person WHERE residence_district = :district"
            + " ORDER BY person_id <byteOrder>")
    List<PersonRow> findByDistrict(@Bind("district") String district, @Define("byteOrder") String byteOrder);

    @SqlQuery("""
            SELECT person_id, position_no, relation, id_number_hash, id_number_cipher, name, member_person_id
            FROM household_member WHERE person_id = ANY(:persons) ORDER BY person_id, position_no
            """)
    List<HouseholdMemberRow> membersOf(@Bind("persons") String[] persons);

    @SqlQuery("""
            SELECT m.person_id, m.position_no, m.relation, m.id_number_hash, m.id_number_cipher, m.name,
                m.member_person_id
            FROM household_member m JOIN person p ON p.person_id = m.person_id
            WHERE p.residence_district = :district ORDER BY m.person_id, m.position_no
            """)
    List<HouseholdMemberRow> membersInDistrict(@Bind("district") String district);

    @SqlQuery("SELECT " + PERSON_COLUMNS + " FROM person WHERE person_id = :person")
    Optional<PersonRow> find(@Bind("person") String person);

    @SqlQuery("SELECT " + PERSON_COLUMNS + " FROM person WHERE id_number_hash = :hash")
    Optional<PersonRow> findByIdNumberHash(@Bind("hash") String hash);

    @SqlQuery("""
            SELECT person_id, position_no, relation, id_number_hash, id_number_cipher, name, member_person_id
            FROM household_member WHERE person_id = :person ORDER BY position_no
            """)
    List<HouseholdMemberRow> members(@Bind("person") String person);
}

package org.jifen.application.port.in.systemdata;

/**
 * 记录系统数据 (by ID number): as {@link RecordSystemDataUseCase}, for records that name the person by
 * their ID number, as other government systems send them. A SYSTEM or ADMIN caller only
 * ({@code FORBIDDEN}, checked before any person is looked up); an ID number of no registered person is
 * refused with {@code PERSON_NOT_FOUND} naming the record (the number masked). All or none. Returns the
 * number of records stored.
 */
public interface RecordSystemDataByIdNumberUseCase {

    int record(RecordSystemDataByIdNumberCommand command);
}

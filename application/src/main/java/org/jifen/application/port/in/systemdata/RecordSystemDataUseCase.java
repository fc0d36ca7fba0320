package org.jifen.application.port.in.systemdata;

/**
 * 记录系统数据: a SYSTEM or ADMIN caller stores system data for {@code AUTO} indicators. Every record must
 * name a known person ({@code PERSON_NOT_FOUND}) whose residence district the caller's jurisdiction covers
 * ({@code OUT_OF_JURISDICTION}) and an {@code AUTO} indicator of some loaded catalogue
 * ({@code UNKNOWN_INDICATOR}, {@code NOT_AUTO_INDICATOR}) with a quantity its rule can score
 * ({@code INVALID_FACTS}: a {@code FIXED} indicator takes 1 or 0); one bad record refuses the whole batch.
 * Returns the number of records stored.
 */
public interface RecordSystemDataUseCase {

    int record(RecordSystemDataCommand command);
}

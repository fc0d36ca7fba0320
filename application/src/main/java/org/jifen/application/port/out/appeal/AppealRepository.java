package org.jifen.application.port.out.appeal;

import java.util.List;
import java.util.Optional;
import org.jifen.domain.appeal.Appeal;
import org.jifen.domain.appeal.AppealId;
import org.jifen.domain.application.ApplicationId;

/** Appeals (复核申请). */
public interface AppealRepository {

    Optional<Appeal> find(AppealId id);

    List<Appeal> findByApplication(ApplicationId application);

    void add(Appeal appeal);

    /** Stores the decided state of an existing appeal. */
    void update(Appeal appeal);
}

package org.jifen.adapters.rest.appeal;

import java.util.List;

/** {@code POST /api/v1/appeals}: the published application, the indicators objected to, the reason. */
public record FileAppealRequest(String applicationId, List<String> indicators, String reason) {
}

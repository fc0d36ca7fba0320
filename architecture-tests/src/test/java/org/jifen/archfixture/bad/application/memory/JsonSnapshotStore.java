package org.jifen.archfixture.bad.application.memory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Bad: Jackson in the application. */
public final class JsonSnapshotStore {
    private final ObjectMapper json = new ObjectMapper();

    public String snapshot(Object state) throws JsonProcessingException {
        return json.writeValueAsString(state);
    }
}

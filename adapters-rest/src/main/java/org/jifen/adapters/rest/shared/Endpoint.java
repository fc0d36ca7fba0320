package org.jifen.adapters.rest.shared;

/** One route's work: reads the call, runs a use case, answers a reply (or throws, mapped to a problem). */
@FunctionalInterface
public interface Endpoint {

    ApiReply handle(ApiCall call);
}

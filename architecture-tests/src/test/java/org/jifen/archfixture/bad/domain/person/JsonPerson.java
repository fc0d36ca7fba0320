package org.jifen.archfixture.bad.domain.person;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Bad: a domain type serialised straight to JSON. */
public record JsonPerson(@JsonProperty("id") String id) {}

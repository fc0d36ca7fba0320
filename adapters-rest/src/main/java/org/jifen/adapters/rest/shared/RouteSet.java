package org.jifen.adapters.rest.shared;

/** The routes of one area (catalogue, person, application…), registered on the server's table. */
public interface RouteSet {

    void register(RouteTable routes);
}

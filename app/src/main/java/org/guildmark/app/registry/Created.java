package org.guildmark.app.registry;

import java.net.URI;

import org.springframework.http.ResponseEntity;

/** 201 Created, with the address of what was made in {@code Location}. */
final class Created {

    private Created() {
    }

    static <T> ResponseEntity<T> at(String location, T body) {
        return ResponseEntity.created(URI.create(location)).body(body);
    }
}

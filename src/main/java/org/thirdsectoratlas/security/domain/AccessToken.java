package org.thirdsectoratlas.security.domain;

import java.util.Set;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A signed bearer token and what it says about its holder (OAuth 2 token response field names). */
@JsonbPropertyOrder({"accessToken", "tokenType", "expiresIn", "user", "roles", "organisations"})
@Schema(requiredProperties = {"access_token", "token_type", "expires_in", "user", "roles", "organisations"})
public record AccessToken(@JsonbProperty("access_token") String accessToken,
                          @JsonbProperty("token_type") String tokenType,
                          @JsonbProperty("expires_in") long expiresIn,
                          String user, Set<String> roles, Set<String> organisations) {
}

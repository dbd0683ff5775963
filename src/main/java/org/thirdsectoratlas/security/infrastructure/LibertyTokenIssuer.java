package org.thirdsectoratlas.security.infrastructure;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.ibm.websphere.security.jwt.JwtBuilder;
import com.ibm.websphere.security.jwt.JwtException;
import com.ibm.websphere.security.jwt.InvalidBuilderException;
import com.ibm.websphere.security.jwt.InvalidClaimException;

import org.thirdsectoratlas.security.domain.AccessToken;
import org.thirdsectoratlas.security.domain.Caller;

/**
 * Signs tokens with Liberty's JWT builder 'atlas' (server.xml: issuer, audience, RS256 key pair it
 * generates and publishes as JWKS). The claims are the MicroProfile JWT ones: upn, groups (the roles), plus
 * 'orgs' (the organisations the user is a member of).
 */
@ApplicationScoped
public class LibertyTokenIssuer {

    static final String BUILDER = "atlas";
    static final long LIFETIME_SECONDS = 3600;

    public AccessToken issue(Caller caller) {
        try {
            long now = System.currentTimeMillis() / 1000;
            String token = JwtBuilder.create(BUILDER)
                    .subject(caller.user())
                    .claim("upn", caller.user())
                    .claim("groups", List.copyOf(caller.roles()))
                    .claim("orgs", List.copyOf(caller.organisations()))
                    .expirationTime(now + LIFETIME_SECONDS)
                    .jwtId(true)
                    .buildJwt().compact();
            return new AccessToken(token, "Bearer", LIFETIME_SECONDS, caller.user(), caller.roles(),
                    caller.organisations());
        } catch (JwtException | InvalidBuilderException | InvalidClaimException e) {
            throw new IllegalStateException("The token builder '" + BUILDER + "' is not usable", e);
        }
    }
}

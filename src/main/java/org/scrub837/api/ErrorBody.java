package org.scrub837.api;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one shape of every error the API answers with: {@code {"error": "..."}}. The message is
 * always the API's own text (a status, a setting's name, the reader's position and expectation),
 * never a header, a query parameter or a piece of the body.
 */
final class ErrorBody {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorBody() {
    }

    static byte[] bytes(String message) {
        try {
            return JSON.writeValueAsBytes(Map.of("error", message));
        } catch (JsonProcessingException e) {
            return "{\"error\":\"internal error\"}".getBytes(StandardCharsets.UTF_8);
        }
    }

    static String json(String message) {
        return new String(bytes(message), StandardCharsets.UTF_8);
    }
}

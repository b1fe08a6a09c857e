package org.scrub837.settings;

/** What a setting's value is, as the README's table and {@code run --help} name it. */
public enum SettingType {
    /** A folder or file; relative against the configuration folder. */
    PATH("path"),
    /** A whole number; underscores may group digits. */
    WHOLE_NUMBER("number"),
    /** A whole number or auto. */
    NUMBER_OR_AUTO("number|auto"),
    BOOLEAN("true|false"),
    /** One of a few words. */
    CHOICE("choice"),
    /** Free text (a host, a user, a URL). */
    TEXT("text"),
    /** A comma-separated list. */
    LIST("list"),
    /** An octal file mode such as 0640. */
    OCTAL_MODE("octal"),
    /** The name of an environment variable holding a secret (never the secret itself). */
    ENV_NAME("env var name");

    private final String label;

    SettingType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

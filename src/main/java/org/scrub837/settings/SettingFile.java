package org.scrub837.settings;

/** The file of the configuration folder that holds a setting. */
public enum SettingFile {
    APPLICATION("application.properties"),
    LIMITS("limits.properties");

    private final String fileName;

    SettingFile(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }
}

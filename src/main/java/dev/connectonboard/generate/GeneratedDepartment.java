package dev.connectonboard.generate;

import java.util.SortedMap;

/** The files of one department's root module: path relative to the department folder, and content. */
public record GeneratedDepartment(String name, SortedMap<String, String> files) {
}

package org.socialchange.platform.training;

import java.util.Map;

import org.socialchange.platform.translations.Language;

/**
 * What the editor sends for a prompt: its text and options per language (a blank text
 * leaves the language out), an optional link and photo URL, and its question.
 */
public record PromptDraft(Map<Language, PromptText> texts, String linkUrl, String photoUrl, Question question) {

}

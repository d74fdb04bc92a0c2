package org.socialchange.platform.educators;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.socialchange.platform.translations.Language;

/** Stores a language as its code ({@code ru}, {@code hy}, ...). */
@Converter
class LanguageConverter implements AttributeConverter<Language, String> {

	@Override
	public String convertToDatabaseColumn(Language language) {
		return (language != null) ? language.code() : null;
	}

	@Override
	public Language convertToEntityAttribute(String code) {
		return (code != null) ? Language.fromCode(code).orElseThrow() : null;
	}

}

package io.mercato.shared.web;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.mercato.shared.domain.Money;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * Turns Java types into OpenAPI 3.1 schemas the way the application's JSON mapper writes
 * them, so that a generated client gets types rather than {@code Object}s:
 * <ul>
 * <li>property names in snake_case, and every object schema {@code type: object};</li>
 * <li>a record component marked with JSpecify's {@link Nullable} is typed
 * {@code ["…", "null"]} (or {@code anyOf} its reference and {@code null}), unless the
 * record leaves it out when {@code null} ({@code @JsonInclude(NON_NULL)});</li>
 * <li>each record schema remembers which properties every answer carries (all components
 * but those left out when {@code null} or empty), for {@link ResponseSchemaCustomizer} to
 * require them in the schemas responses use; request schemas keep the {@code required}
 * list Bean Validation gives;</li>
 * <li>enums become named schemas, so that clients get enum types for them in query
 * parameters as in bodies;</li>
 * <li>{@link Money} is the one named {@code Money} schema its {@code @Schema} annotation
 * describes.</li>
 * </ul>
 */
class ApiModelResolver extends ModelResolver {

	/**
	 * Schema extension, removed before the document is served, listing the properties a
	 * record always carries.
	 */
	static final String ALWAYS_SENT = "x-mercato-always-sent";

	static final String MONEY = "Money";

	ApiModelResolver(ObjectMapper springdocMapper) {
		super(springdocMapper.copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE));
		openapi31(true);
	}

	@Override
	@SuppressWarnings("rawtypes")
	public Schema resolve(AnnotatedType annotatedType, ModelConverterContext context, Iterator<ModelConverter> next) {
		JavaType type = (annotatedType.getType() instanceof JavaType javaType) ? javaType
				: this._mapper.constructType(annotatedType.getType());
		Class<?> raw = type.getRawClass();
		if (raw == Money.class) {
			return money(annotatedType, context, next);
		}
		if (raw.isEnum()) {
			annotatedType.resolveEnumAsRef(true);
		}
		Schema<?> schema = super.resolve(annotatedType, context, next);
		if (schema != null && raw.isRecord()) {
			Schema<?> model = definition(schema, context);
			if (model != null && model.getProperties() != null
					&& (model.getExtensions() == null || !model.getExtensions().containsKey(ALWAYS_SENT))) {
				describeRecord(type, model);
			}
		}
		return schema;
	}

	/**
	 * Returns the schema itself, or the named schema it refers to.
	 */
	private static Schema<?> definition(Schema<?> schema, ModelConverterContext context) {
		String ref = schema.get$ref();
		if (ref == null) {
			return schema;
		}
		return context.getDefinedModels().get(ref.substring(ref.lastIndexOf('/') + 1));
	}

	private Schema<?> money(AnnotatedType annotatedType, ModelConverterContext context, Iterator<ModelConverter> next) {
		if (!context.getDefinedModels().containsKey(MONEY)) {
			// resolved without the property's own annotations, so that the shared schema
			// is the one Money's @Schema states
			Schema<?> money = super.resolve(new AnnotatedType(Money.class).skipSchemaName(true), context, next);
			money.setName(null);
			// as written, not read as the number 1050.0
			money.setExample(Money.class.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class).example());
			context.defineModel(MONEY, money);
		}
		return new JsonSchema().$ref(Components.COMPONENTS_SCHEMAS_REF + MONEY);
	}

	private void describeRecord(JavaType type, Schema<?> model) {
		BeanDescription bean = this._mapper.getSerializationConfig().introspect(type);
		// the application writes every property by default; only annotations leave some
		// out
		JsonInclude.Value classInclusion = bean.findPropertyInclusion(JsonInclude.Value.empty());
		Map<String, RecordComponent> components = List.of(type.getRawClass().getRecordComponents())
			.stream()
			.collect(Collectors.toMap(RecordComponent::getName, Function.identity()));
		List<String> alwaysSent = new ArrayList<>();
		for (BeanPropertyDefinition property : bean.findProperties()) {
			Schema<?> propertySchema = model.getProperties().get(property.getName());
			RecordComponent component = components.get(property.getInternalName());
			if (propertySchema == null || component == null) {
				continue;
			}
			boolean nullable = component.getAnnotatedType().isAnnotationPresent(Nullable.class);
			JsonInclude.Include inclusion = classInclusion.withOverrides(property.findInclusion()).getValueInclusion();
			boolean omitsNull = inclusion == JsonInclude.Include.NON_NULL
					|| inclusion == JsonInclude.Include.NON_ABSENT;
			boolean omitsMore = inclusion == JsonInclude.Include.NON_EMPTY
					|| inclusion == JsonInclude.Include.NON_DEFAULT || inclusion == JsonInclude.Include.CUSTOM;
			if (nullable && !omitsNull && !omitsMore) {
				model.getProperties().put(property.getName(), nullable(propertySchema));
			}
			if (!omitsMore && !(omitsNull && nullable)) {
				alwaysSent.add(property.getName());
			}
		}
		model.addExtension(ALWAYS_SENT, alwaysSent);
	}

	/**
	 * Returns the schema that also admits {@code null}: a reference cannot take a
	 * {@code null} type beside it, so it becomes {@code anyOf} the reference and
	 * {@code null}.
	 */
	static Schema<?> nullable(Schema<?> schema) {
		if (schema.get$ref() != null) {
			Schema<?> reference = new JsonSchema().$ref(schema.get$ref());
			return new JsonSchema().description(schema.getDescription())
				.anyOf(List.of(reference, new JsonSchema().typesItem("null")));
		}
		if (schema.getTypes() != null && !schema.getTypes().isEmpty()) {
			Set<String> types = new LinkedHashSet<>(schema.getTypes());
			types.add("null");
			schema.setTypes(types);
			if (schema.getEnum() != null && !schema.getEnum().contains(null)) {
				// an enum lists every value allowed, null included
				@SuppressWarnings("unchecked")
				List<Object> values = new ArrayList<>((List<Object>) schema.getEnum());
				values.add(null);
				((Schema<Object>) schema).setEnum(values);
			}
		}
		return schema;
	}

}

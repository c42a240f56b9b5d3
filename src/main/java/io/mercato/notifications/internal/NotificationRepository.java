package io.mercato.notifications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.mercato.notifications.NotificationType;
import io.mercato.notifications.NotificationView;
import io.mercato.shared.database.SqlValues;
import io.mercato.shared.domain.Ids;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The notifications, written set-based: a listener writes all of an event's notices in
 * one statement, and a notice whose user already has one under its dedupe key is skipped
 * by the unique constraint rather than by a read first, so a redelivered or raced event
 * writes nothing twice.
 */
@Repository
class NotificationRepository {

	private static final TypeReference<Map<String, String>> DATA = new TypeReference<>() {
	};

	private static final String COLUMNS = "id, type, title, message, data::text as data, is_read, read_at, created_at";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	NotificationRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Writes the notices that are new, in one statement.
	 * @return how many were written
	 */
	int insert(List<Notice> notices, Instant now) {
		if (notices.isEmpty()) {
			return 0;
		}
		return this.jdbc.sql("""
				insert into notifications.notification (id, user_id, type, title, message, data, is_read, created_at,
				                                        dedupe_key)
				select n.id, n.user_id, n.type, n.title, n.message, n.data::jsonb, false, ?, n.dedupe_key
				from unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
				     as n (id, user_id, type, title, message, data, dedupe_key)
				on conflict (user_id, dedupe_key) do nothing""")
			.params(SqlValues.timestamp(now), notices.stream().map((notice) -> Ids.newId()).toArray(UUID[]::new),
					notices.stream().map(Notice::userId).toArray(UUID[]::new),
					notices.stream().map((notice) -> notice.type().name()).toArray(String[]::new),
					notices.stream().map(Notice::title).toArray(String[]::new),
					notices.stream().map(Notice::message).toArray(String[]::new),
					notices.stream()
						.map((notice) -> this.json.writeValueAsString(notice.data()))
						.toArray(String[]::new),
					notices.stream().map(Notice::dedupeKey).toArray(String[]::new))
			.update();
	}

	/**
	 * Reads a page of a user's notifications, newest first; backwards reads towards newer
	 * ones (the rows are then oldest first).
	 */
	List<NotificationView> page(UUID userId, Boolean read, Keyset after, boolean backwards, int limit) {
		StringBuilder sql = new StringBuilder(
				"select " + COLUMNS + " from notifications.notification where user_id = ?");
		List<Object> parameters = new ArrayList<>(List.of(userId));
		if (read != null) {
			sql.append(" and is_read = ?");
			parameters.add(read);
		}
		if (after != null) {
			sql.append(" and (created_at, id) ").append(backwards ? ">" : "<").append(" (?, ?)");
			parameters.add(SqlValues.timestamp(after.createdAt()));
			parameters.add(after.id());
		}
		String direction = backwards ? "asc" : "desc";
		sql.append(" order by created_at ").append(direction).append(", id ").append(direction).append(" limit ?");
		parameters.add(limit);
		return this.jdbc.sql(sql.toString()).params(parameters).query(this::view).list();
	}

	long countUnread(UUID userId) {
		return this.jdbc.sql("select count(*) from notifications.notification where user_id = ? and not is_read")
			.param(userId)
			.query(Long.class)
			.single();
	}

	/**
	 * Marks the user's notification read, keeping the first time it was read.
	 * @return the notification, empty when the user has none of that id
	 */
	Optional<NotificationView> markRead(UUID userId, UUID id, Instant now) {
		return this.jdbc
			.sql("update notifications.notification set is_read = true, read_at = coalesce(read_at, ?) "
					+ "where id = ? and user_id = ? returning " + COLUMNS)
			.params(SqlValues.timestamp(now), id, userId)
			.query(this::view)
			.optional();
	}

	int markAllRead(UUID userId, Instant now) {
		return this.jdbc
			.sql("update notifications.notification set is_read = true, read_at = ? where user_id = ? and not is_read")
			.params(SqlValues.timestamp(now), userId)
			.update();
	}

	private NotificationView view(ResultSet rs, int row) throws SQLException {
		OffsetDateTime readAt = rs.getObject("read_at", OffsetDateTime.class);
		return new NotificationView(rs.getObject("id", UUID.class), NotificationType.valueOf(rs.getString("type")),
				rs.getString("title"), rs.getString("message"), this.json.readValue(rs.getString("data"), DATA),
				rs.getBoolean("is_read"), (readAt != null) ? readAt.toInstant() : null,
				rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

	record Keyset(Instant createdAt, UUID id) {

	}

}

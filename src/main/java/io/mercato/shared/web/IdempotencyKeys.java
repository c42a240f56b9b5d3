package io.mercato.shared.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code idempotency_key} table: the stored answers of requests sent with an
 * {@code Idempotency-Key}, and the lock that lets one request at a time use a key. Every
 * method runs in the caller's transaction.
 */
@Component
class IdempotencyKeys {

	private final JdbcClient jdbc;

	IdempotencyKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Takes the transaction-scoped advisory lock of a key without waiting; the
	 * transaction's end releases it, after its writes have become visible.
	 * @return whether the lock was free and is now held
	 */
	boolean tryLock(String scope, String key) {
		return this.jdbc.sql("select pg_try_advisory_xact_lock(?)")
			.param(lockId(scope, key))
			.query(Boolean.class)
			.single();
	}

	/**
	 * Returns the answer stored for a key that has not expired at {@code now}.
	 */
	Optional<StoredAnswer> findLive(String scope, String key, Instant now) {
		return this.jdbc.sql("""
				select request_hash, status, content_type, location, etag, body
				from idempotency_key
				where scope = ? and key = ? and expires_at > ?""")
			.params(scope, key, utc(now))
			.query((rs, row) -> new StoredAnswer(rs.getBytes("request_hash"), rs.getInt("status"),
					rs.getString("content_type"), rs.getString("location"), rs.getString("etag"), rs.getBytes("body")))
			.optional();
	}

	/**
	 * Stores the answer to a key, in place of an expired one. The caller holds the key's
	 * lock and found no live answer, so a live one can never be overwritten.
	 * @throws IllegalStateException if a live answer is stored after all
	 */
	void save(String scope, String key, StoredAnswer answer, Instant createdAt, Instant expiresAt) {
		int saved = this.jdbc.sql("""
				insert into idempotency_key
				    (scope, key, request_hash, status, content_type, location, etag, body, created_at, expires_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (scope, key) do update set
				    request_hash = excluded.request_hash, status = excluded.status,
				    content_type = excluded.content_type, location = excluded.location, etag = excluded.etag,
				    body = excluded.body, created_at = excluded.created_at, expires_at = excluded.expires_at
				where idempotency_key.expires_at <= excluded.created_at""")
			.params(scope, key, answer.requestHash(), answer.status(), answer.contentType(), answer.location(),
					answer.etag(), answer.body(), utc(createdAt), utc(expiresAt))
			.update();
		if (saved != 1) {
			throw new IllegalStateException("A live answer to an idempotency key was stored while its lock was held");
		}
	}

	/**
	 * Deletes every key expired at {@code now}.
	 * @return how many were deleted
	 */
	int deleteExpired(Instant now) {
		return this.jdbc.sql("delete from idempotency_key where expires_at <= ?").param(utc(now)).update();
	}

	/**
	 * The 64-bit advisory lock id of a key: the first eight bytes of the SHA-256 of scope
	 * and key. Two keys that share one only wait for each other.
	 */
	static long lockId(String scope, String key) {
		return ByteBuffer.wrap(sha256().digest((scope + "\n" + key).getBytes(StandardCharsets.UTF_8))).getLong();
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	/**
	 * A stored answer and the hash of the request it answered.
	 *
	 * @param requestHash SHA-256 of the request's method, path with query and body
	 * @param status the HTTP status, 2xx
	 * @param contentType the {@code Content-Type}, if any
	 * @param location the {@code Location}, if any
	 * @param etag the {@code ETag}, if any
	 * @param body the body's bytes, possibly none
	 */
	record StoredAnswer(byte[] requestHash, int status, String contentType, String location, String etag, byte[] body) {

	}

}

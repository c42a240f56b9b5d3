# Shortcuts for people used to make; the README's two commands are the reference.
.PHONY: run demo test package migrate dbshell createsuperuser

JAR := target/mercato.jar
EMBEDDED_DB_PORT ?= $(or $(MERCATO_EMBEDDED_DB_PORT),54329)

run:
	./mvnw spring-boot:run

# Starts with a demo shop on an empty database; its logins are printed in the log.
demo:
	MERCATO_DEMO_DATA=true ./mvnw spring-boot:run

test:
	./mvnw verify

package:
	./mvnw -DskipTests package

$(JAR):
	./mvnw -q -DskipTests package

# Applies the migrations to the configured (or embedded) database and exits.
migrate: $(JAR)
	java -jar $(JAR) migrate

# psql into DATABASE_URL when set, otherwise into the running embedded database.
dbshell:
	@if [ -n "$$DATABASE_URL" ]; then psql "$$DATABASE_URL"; \
	else psql -h localhost -p $(EMBEDDED_DB_PORT) -U postgres mercato; fi

# make createsuperuser EMAIL=admin@example.com PASSWORD='a long passphrase'
createsuperuser: $(JAR)
	@test -n "$(EMAIL)" -a -n "$(PASSWORD)" || { echo "usage: make createsuperuser EMAIL=… PASSWORD=…"; exit 2; }
	java -jar $(JAR) create-admin --email="$(EMAIL)" --password="$(PASSWORD)"

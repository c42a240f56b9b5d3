# Build: the layered jar, extracted so that dependencies (which change rarely) form their own image layers.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q -DskipTests package \
 && java -Djarmode=tools -jar target/mercato.jar extract --layers --launcher --destination /layers

# Run: a JRE and the layers, as a user without privileges.
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /app mercato
WORKDIR /app
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
USER mercato
EXPOSE 8080
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]

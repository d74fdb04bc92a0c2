# Builds and runs the platform; give it SPRING_DATASOURCE_* (see docker-compose.yml).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -ntp -DskipTests package

FROM eclipse-temurin:17-jre
RUN useradd --system --home /app platform
WORKDIR /app
COPY --from=build /src/server/target/platform.jar /app/platform.jar
USER platform
ENV PLATFORM_DATA_DIR=/app/data
# C1 only: on two cores the JVM's C2 compiler takes about a third of the machine for minutes after
# each start, and the platform sends faster without it (bench/README.md); on four cores or more,
# leave -XX:TieredStopAtLevel=1 out to have C2 back. ThreadPriorityPolicy=1 lets the JVM lower
# the priority of the bulk senders (as a user who is not root it can only lower, and says so
# in a warning at start), so people's replies go ahead of a broadcast when the cores are busy
ENV JAVA_TOOL_OPTIONS="-XX:TieredStopAtLevel=1 -XX:ThreadPriorityPolicy=1"
EXPOSE 8080
STOPSIGNAL SIGTERM
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/platform.jar"]

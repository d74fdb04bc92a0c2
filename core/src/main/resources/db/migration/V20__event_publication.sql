-- Spring Modulith's event publication registry (spring-modulith-events-jdbc 2.0.3,
-- schemas/v2/schema-postgresql.sql, verbatim): one row per event and listener of an
-- @ApplicationModuleListener, kept until the listener succeeded, so a failed one is
-- republished. Flyway owns the schema: spring.modulith.events.jdbc.schema-initialization
-- stays off. The archive table is not created: the completion mode is DELETE.
CREATE TABLE IF NOT EXISTS event_publication
(
  id                     UUID NOT NULL,
  listener_id            TEXT NOT NULL,
  event_type             TEXT NOT NULL,
  serialized_event       TEXT NOT NULL,
  publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
  completion_date        TIMESTAMP WITH TIME ZONE,
  status                 TEXT,
  completion_attempts    INT,
  last_resubmission_date TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (id)
);
CREATE INDEX IF NOT EXISTS event_publication_serialized_event_hash_idx ON event_publication USING hash(serialized_event);
CREATE INDEX IF NOT EXISTS event_publication_by_completion_date_idx ON event_publication (completion_date);

-- Version 3: where each event took place (the record's location), in columns the filters --country and --near and
-- the map read. Stores of version 2 get the columns, filled from the records of builds that already wrote the
-- location into the record; events coded before there was a location keep them empty.
ALTER TABLE events ADD COLUMN location_name VARCHAR;
ALTER TABLE events ADD COLUMN location_text VARCHAR;     -- the words that name it, null where only the actors' country is known
ALTER TABLE events ADD COLUMN location_geonames BIGINT;
ALTER TABLE events ADD COLUMN location_country VARCHAR;  -- ISO 3166-1 alpha-3
ALTER TABLE events ADD COLUMN location_admin1 VARCHAR;   -- the first-level region's name
ALTER TABLE events ADD COLUMN location_lat DOUBLE;       -- null for a country as a whole
ALTER TABLE events ADD COLUMN location_lon DOUBLE;
ALTER TABLE events ADD COLUMN location_basis VARCHAR;    -- sentence, article or actor
UPDATE events SET
  location_name = json_extract_string(record, '$.location.name'),
  location_text = json_extract_string(record, '$.location.text'),
  location_geonames = TRY_CAST(json_extract_string(record, '$.location.geonames') AS BIGINT),
  location_country = json_extract_string(record, '$.location.country'),
  location_admin1 = json_extract_string(record, '$.location.admin1'),
  location_lat = TRY_CAST(json_extract_string(record, '$.location.lat') AS DOUBLE),
  location_lon = TRY_CAST(json_extract_string(record, '$.location.lon') AS DOUBLE),
  location_basis = json_extract_string(record, '$.location.basis')
  WHERE json_extract(record, '$.location') IS NOT NULL;

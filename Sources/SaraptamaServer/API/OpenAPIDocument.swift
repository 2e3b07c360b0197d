import Saraptama

/// The OpenAPI 3.1 description of `/api/v1/`, served at `GET /api/v1/openapi.json`. The API
/// tests validate every real response against the schemas here, so it cannot drift unseen.
enum OpenAPIDocument {
    static var json: String {
        """
        {
          "openapi": "3.1.0",
          "info": {
            "title": "Saraptama API",
            "version": "\(SaraptamaVersion.current)",
            "description": "Checks Kazakhstan e-government technical documents (TA, IP, FEJ) against the rule set, and keeps the registry of examinations. Checking needs no account; the registry needs an expert's session (cookie from POST /session) and, for every change, the session's CSRF token in the X-CSRF-Token header."
          },
          "servers": [{"url": "/api/v1"}],
          "paths": {
            "/openapi.json": {"get": {"summary": "This document", "responses": {"200": {"description": "OpenAPI document", "content": {"application/json": {"schema": {"type": "object"}}}}}}},
            "/check": {
              "post": {
                "summary": "Check one document, or several as one project's dossier; nothing is stored",
                "requestBody": {"required": true, "content": {"multipart/form-data": {"schema": {
                  "type": "object", "required": ["file"],
                  "properties": {
                    "file": {"type": "array", "items": {"type": "string", "contentMediaType": "application/octet-stream"}, "description": "DOCX, Markdown, YAML or JSON; repeat the field for a dossier"},
                    "lang": {"type": "string", "enum": ["ru", "kk", "en"]}
                  }}}}},
                "responses": {
                  "200": {"description": "The same JSON report as `saraptama check --format json` (its full schema: Sources/Saraptama/Reports/Schemas/saraptama-report.schema.json)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Report"}}}},
                  "400": {"$ref": "#/components/responses/Error"},
                  "413": {"$ref": "#/components/responses/Error"},
                  "415": {"$ref": "#/components/responses/Error"},
                  "503": {"$ref": "#/components/responses/Error"}
                }
              }
            },
            "/session": {
              "post": {
                "summary": "Sign in; sets the session cookie",
                "requestBody": {"required": true, "content": {"application/x-www-form-urlencoded": {"schema": {"type": "object", "required": ["name", "password"], "properties": {"name": {"type": "string"}, "password": {"type": "string"}}}}}},
                "responses": {"200": {"description": "Signed in", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Session"}}}}, "401": {"$ref": "#/components/responses/Error"}}
              },
              "delete": {
                "summary": "Sign out",
                "parameters": [{"$ref": "#/components/parameters/CSRF"}],
                "responses": {"200": {"description": "Signed out", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Done"}}}}, "403": {"$ref": "#/components/responses/Error"}}
              }
            },
            "/examinations": {
              "get": {
                "summary": "The registry, newest first, filtered",
                "parameters": [
                  {"name": "body", "in": "query", "schema": {"type": "string"}},
                  {"name": "kind", "in": "query", "schema": {"type": "string"}},
                  {"name": "year", "in": "query", "schema": {"type": "string"}},
                  {"name": "verdict", "in": "query", "schema": {"type": "string", "enum": ["positive", "negative", "inconclusive"]}},
                  {"name": "status", "in": "query", "schema": {"type": "string", "enum": ["approved", "pending"]}}
                ],
                "responses": {"200": {"description": "Examinations", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ExaminationList"}}}}, "401": {"$ref": "#/components/responses/Error"}}
              },
              "post": {
                "summary": "Check a submission and record it as an examination (expert or head)",
                "parameters": [{"$ref": "#/components/parameters/CSRF"}],
                "requestBody": {"required": true, "content": {"multipart/form-data": {"schema": {
                  "type": "object", "required": ["file"],
                  "properties": {
                    "file": {"type": "array", "items": {"type": "string", "contentMediaType": "application/octet-stream"}},
                    "incoming_number": {"type": "string"}, "received": {"type": "string", "format": "date"},
                    "round": {"type": "integer", "minimum": 1}, "lang": {"type": "string", "enum": ["ru", "kk", "en"]}
                  }}}}},
                "responses": {
                  "201": {"description": "Recorded", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ExaminationList"}}}},
                  "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"},
                  "413": {"$ref": "#/components/responses/Error"}, "415": {"$ref": "#/components/responses/Error"}, "422": {"$ref": "#/components/responses/Error"}
                }
              }
            },
            "/examinations/{id}": {
              "get": {
                "summary": "One examination with its findings and all rounds of its document",
                "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}],
                "responses": {"200": {"description": "The examination", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ExaminationDetail"}}}}, "401": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}
              }
            },
            "/examinations/{id}/approve": {
              "post": {
                "summary": "Approve the conclusion (head of department)",
                "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}, {"$ref": "#/components/parameters/CSRF"}],
                "responses": {"200": {"description": "Approved", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Done"}}}}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}
              }
            },
            "/statistics": {
              "get": {
                "summary": "Throughput statistics, as `saraptama stats --format json`",
                "parameters": [
                  {"name": "year", "in": "query", "schema": {"type": "integer"}},
                  {"name": "kind", "in": "query", "schema": {"type": "string"}},
                  {"name": "body", "in": "query", "schema": {"type": "string"}}
                ],
                "responses": {"200": {"description": "Statistics", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Statistics"}}}}, "401": {"$ref": "#/components/responses/Error"}}
              }
            }
          },
          "components": {
            "parameters": {
              "CSRF": {"name": "X-CSRF-Token", "in": "header", "required": true, "schema": {"type": "string"}, "description": "The csrf_token of POST /session"}
            },
            "responses": {
              "Error": {"description": "What went wrong", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
            },
            "schemas": {
              "Error": {"type": "object", "additionalProperties": false, "required": ["error"], "properties": {"error": {
                "type": "object", "additionalProperties": false, "required": ["code", "message"],
                "properties": {"code": {"type": "string", "pattern": "^[a-z]+(\\\\.[a-z-]+)+$"}, "message": {"type": "string"}}}}},
              "Done": {"type": "object", "required": ["ok"], "properties": {"ok": {"const": true}}},
              "Session": {"type": "object", "additionalProperties": false, "required": ["account", "role", "csrf_token"], "properties": {
                "account": {"type": "string"}, "role": {"enum": ["expert", "head", "viewer"]}, "csrf_token": {"type": "string", "pattern": "^[0-9a-f]{64}$"}}},
              "Report": {"type": "object", "required": ["format", "format_version", "tool", "ruleset", "language", "documents", "summary"], "properties": {
                "format": {"const": "saraptama-report"}, "format_version": {"const": 1}, "language": {"enum": ["ru", "kk", "en"]},
                "documents": {"type": "array", "items": {"type": "object", "required": ["file", "verdict", "findings", "problems", "questions"], "properties": {
                  "verdict": {"enum": ["positive", "negative", "inconclusive"]}, "findings": {"type": "array"}, "problems": {"type": "array"}, "questions": {"type": "array"}}}}}},
              "Finding": {"type": "object", "additionalProperties": false, "required": ["rule_id", "severity"], "properties": {
                "rule_id": {"type": "string"}, "pack": {"type": ["string", "null"]}, "severity": {"enum": ["error", "warning", "info"]},
                "path": {"type": ["string", "null"]}, "fingerprint": {"type": ["string", "null"]}}},
              "Examination": {"type": "object", "additionalProperties": false,
                "required": ["id", "document_id", "kind", "round", "received", "concluded", "verdict", "counts", "state_body_id", "incoming_number", "approved_by", "document_sha256"],
                "properties": {
                  "id": {"type": "integer"}, "document_id": {"type": "string"}, "kind": {"enum": ["technical_assignment", "investment_proposal", "feasibility_study"]},
                  "title": {"type": ["string", "null"]}, "state_body_id": {"type": ["string", "null"]}, "round": {"type": "integer", "minimum": 1},
                  "received": {"type": "string", "format": "date"}, "concluded": {"type": "string", "format": "date"},
                  "verdict": {"enum": ["positive", "negative", "inconclusive"]},
                  "counts": {"type": "object", "required": ["errors", "warnings", "infos"], "properties": {"errors": {"type": "integer"}, "warnings": {"type": "integer"}, "infos": {"type": "integer"}}},
                  "incoming_number": {"type": ["string", "null"]}, "recorded_by": {"type": ["string", "null"]}, "approved_by": {"type": ["string", "null"]},
                  "document_sha256": {"type": ["string", "null"]}, "findings": {"type": "array", "items": {"$ref": "#/components/schemas/Finding"}}}},
              "ExaminationList": {"type": "object", "additionalProperties": false, "required": ["examinations"], "properties": {"examinations": {"type": "array", "items": {"$ref": "#/components/schemas/Examination"}}}},
              "ExaminationDetail": {"type": "object", "additionalProperties": false, "required": ["examination", "rounds"], "properties": {
                "examination": {"$ref": "#/components/schemas/Examination"},
                "rounds": {"type": "array", "items": {"type": "object", "additionalProperties": false, "required": ["round", "examination_id", "new", "open", "resolved"], "properties": {
                  "round": {"type": "integer"}, "examination_id": {"type": "integer"},
                  "new": {"type": "array", "items": {"$ref": "#/components/schemas/Finding"}}, "open": {"type": "array", "items": {"$ref": "#/components/schemas/Finding"}},
                  "resolved": {"type": "array", "items": {"$ref": "#/components/schemas/Finding"}}}}}}},
              "Statistics": {"type": "object", "required": ["examinations"], "properties": {"examinations": {"type": "integer"}}}
            }
          }
        }
        """
    }
}

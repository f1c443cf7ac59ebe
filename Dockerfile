# The bot in a container: slim Python, a user without privileges, the database and the
# question files on volumes. Build: docker build -t quizbot .   Run: see compose.yaml.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 \
    QUIZBOT_DB=/data/quizbot.db QUIZBOT_QUESTIONS=/questions

WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot ./bot
RUN pip install --no-cache-dir . \
    && useradd --create-home --uid 10001 quizbot \
    && mkdir -p /data /questions && chown quizbot /data /questions
COPY --chown=quizbot questions /questions

USER quizbot
VOLUME ["/data", "/questions"]

# Healthy while Telegram answers the bot's polls (or sends it updates, with a webhook).
HEALTHCHECK --interval=60s --timeout=10s --start-period=60s --retries=3 \
    CMD ["quizbot", "health"]

ENTRYPOINT ["quizbot"]

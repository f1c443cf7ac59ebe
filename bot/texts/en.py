"""English texts, for users whose Telegram is in English."""

from bot.texts.catalogue import Texts

EN = Texts(
    language="en",
    singular_up_to_one=False,
    point="point",
    points="points",
    question="question",
    questions="questions",
    start=(
        "Hello {name}! 👋\n\n"
        "I help you <b>learn a text</b> through questions on its facts: dates, people, "
        "organisations, ideas. Each right answer earns points (1 to 3 by difficulty), and I ask "
        "the questions you have not seen yet before starting over.\n\n"
        "{commands}"
    ),
    help=(
        "<b>Commands</b>\n"
        "/quiz — get a question (tap the right answer)\n"
        "/score — your points, accuracy, streaks and rank\n"
        "/top — the leaderboard\n"
        "/help — this help"
    ),
    menu_start="About this bot",
    menu_quiz="Get a question",
    menu_score="See my score",
    menu_top="See the leaderboard",
    menu_help="List the commands",
    question_header="❓ <b>{question}</b>",
    source_line="📖 Text “{passage}”, paragraph {paragraph}",
    right="✅ <b>Right!</b> +{points}",
    wrong="❌ <b>Not quite.</b> The right answer: <b>{letter}. {answer}</b>",
    your_choice="your choice",
    streak="🔥 {streak} right answers in a row",
    next_button="Next question ➡️",
    no_questions="No questions are available right now. Please try again later.",
    quiz_in_private_only=(
        "Quizzes are played in a private chat for now: message me at @{bot} and send /quiz."
    ),
    already_answered="You have already answered this question.",
    not_yours="This question is someone else's. Send /quiz for your own!",
    stale_button="This question is no longer available. Send /quiz for a new one.",
    invalid_button="This button is not valid.",
    next_already_sent="The next question is already there, just below.",
    score=(
        "📊 <b>Your results</b>\n"
        "Points: <b>{points}</b>\n"
        "Answers: {answers}, {correct} right ({accuracy}%)\n"
        "Current streak: {streak} · best streak: {best_streak}\n"
        "Rank: <b>{rank}</b> of {players}"
    ),
    score_none="You have not answered any question yet. Send /quiz to start!",
    top_header="🏆 <b>Leaderboard</b>",
    top_line="{rank}. {name} — {points}",
    top_you="…\n{rank}. {name} (you) — {points}",
    top_empty="Nobody has played here yet. Start with /quiz!",
    you="you",
    admin_only="Sorry, this command is for the bot's admins only.",
    reload_summary=(
        "🔄 <b>Questions reloaded</b>: {added} added, {changed} changed, {removed} removed. "
        "{total} in service."
    ),
    reload_unchanged="🔄 Nothing changed: {total} in service.",
    reload_errors="⚠️ <b>{count} error(s)</b> in the question files:",
    reload_kept="These files keep their last valid version: {files}.",
    reload_skipped="These files are not served: {files}.",
    reload_kept_everything=(
        "⚠️ No usable question file in the folder: I keep the previous {total} in service."
    ),
    more_errors="… and {count} more.",
    unknown_command="I don't know that command. Send /help to see the list.",
    text_hint="Send /quiz to get a question, or /help for help.",
    error="Oops, something went wrong on my side. Please try again in a moment.",
)

"""English texts, for users whose Telegram is in English."""

from bot.texts.catalogue import Texts

EN = Texts(
    language="en",
    singular_up_to_one=False,
    point="point",
    points="points",
    question="question",
    questions="questions",
    right_one="right",
    right_many="right",
    start=(
        "Hello {name}! 👋\n\n"
        "I help you <b>learn a text</b> through questions on its facts: dates, people, "
        "organisations, ideas. Each right answer earns points (1 to 3 by difficulty), and I ask "
        "the questions you have not seen yet before starting over.\n\n"
        "{commands}"
    ),
    help=(
        "<b>Commands</b>\n"
        "/quiz [topic] — get a question (tap the right answer)\n"
        "/ask [topic] — a question to answer by typing\n"
        "/review — review the questions you missed, when they are due\n"
        "/progress — your progress by paragraph and topic\n"
        "/topics — the topics · /text — read the text\n"
        "/lang fr|en — language · /remind 19:00 — a daily reminder\n"
        "/score — your points, accuracy, streaks and rank\n"
        "/top — the leaderboard (/top week, /top month, /top global)\n"
        "/game — play in a group, with timed quiz polls\n"
        "/mode — questions with buttons or as polls\n"
        "/privacy — show or hide yourself on the global board\n"
        "/help — this help"
    ),
    menu_start="About this bot",
    menu_quiz="Get a question",
    menu_score="See my score",
    menu_top="See the leaderboard",
    menu_game="Start a group game",
    menu_ask="A question to answer by typing",
    menu_review="Review the questions you missed",
    menu_progress="My progress",
    menu_themes="Topics",
    ask_header="✍️ <b>{question}</b>",
    ask_prompt="Type your answer (no choices given).",
    typed_near="🤏 Almost! “{typed}” is not quite it. One more try.",
    typed_right="✅ <b>Right!</b> +{points} — “{answer}”",
    typed_wrong="❌ <b>Missed.</b> The answer: <b>{answer}</b>",
    no_typed_questions="No question of this topic suits a typed answer. Try /quiz.",
    review_none="🎉 Nothing to review yet. Next review: {when}.",
    review_next="Nothing to review yet: go on with /quiz.",
    review_done_for_now="📚 {count} to review now.",
    progress_header="📈 <b>Your progress</b> — {mastered} of {total} mastered "
    "(two right answers in a row, at least a day apart)",
    progress_paragraph="Paragraph {paragraph}: {bar} {mastered}/{total}",
    progress_tag="{tag}: {bar} {mastered}/{total}",
    progress_missed_header="<b>Missed most</b>",
    progress_missed_line="• {question} ({wrong} times)",
    progress_none="Answer a few questions (/quiz) and your progress will show here.",
    themes_header="<b>Topics</b> (/quiz TOPIC, /ask TOPIC):",
    themes_line="• {tag} — {total} questions, {mastered} mastered",
    topic_unknown="No question for “{topic}”. Topics: {tags}; or a difficulty 1, 2, 3.",
    read_button="📖 Read the paragraph",
    passage_list="Texts: {ids}. /text ID [N] to read paragraph N.",
    passage_none="No text has been registered yet.",
    passage_usage="Usage: /text ID [N]. Texts: {ids}.",
    passage_paragraph_header="📖 <b>{title}</b>, paragraph {paragraph}/{count}",
    passage_no_paragraph="Text {id} has {count} paragraph(s).",
    passage_saved="✅ Text {id} saved: {count} paragraph(s).",
    lang_set="Language: English.",
    lang_usage="Usage: /lang fr or /lang en (or /lang auto to follow Telegram).",
    remind_set="⏰ Every day at {time}, I will tell you if questions are due for review. "
    "/remind off to stop.",
    remind_off="Reminders stopped.",
    remind_usage="Usage: /remind HH:MM [time zone] (e.g. /remind 19:00 or "
    "/remind 7:30 America/Montreal) or /remind off.",
    remind_message="⏰ {count} question(s) to review today: /review",
    menu_mode="Buttons or polls",
    menu_privacy="Show or hide me on the global board",
    game_private_intro=(
        "🎲 <b>Playing in a group</b>\n"
        "Add me to a group, then type /game: I ask questions as timed quiz polls. A right answer "
        "earns the question's difficulty (1 to 3) plus a speed bonus (+2 in the first third of "
        "the time, +1 in the second). At the end: the game's ranking and the group's.\n\n"
        "/game 5 20 = 5 questions of 20 seconds; /game 10 30 dates = only questions about dates."
    ),
    game_add_button="➕ Add the bot to a group",
    game_group_greeting=(
        "👋 Hello! I ask questions about a text, as timed quiz polls.\n"
        "Type /game for 10 questions of 30 seconds, or /game 5 20 for 5 questions of 20 "
        "seconds. /top shows the group's leaderboard."
    ),
    game_usage=(
        "Usage: /game [NUMBER] [SECONDS] [topic], e.g. /game 5 20 or /game 10 30 dates "
        "(1 to {max_questions} questions, {min_seconds} to {max_seconds} seconds each)."
    ),
    game_already_running="A game is already running here. /stop ends it.",
    game_no_questions_tag="No question has the topic “{tag}”. Topics: {tags}.",
    game_announce=(
        "🎲 <b>Game started by {name}</b>: {count}, {seconds} seconds each.\n"
        "Be quick: speed earns a bonus!"
    ),
    game_results_header="🏁 <b>Game over</b> — {count}",
    game_stopped_header="⏹ <b>Game stopped by {name}</b> — {count}",
    game_results_line="{rank}. {name} — {points} ({correct})",
    game_results_none="Nobody answered.",
    game_board_header="🏆 <b>Group leaderboard</b>",
    game_stop_none="No game is running here.",
    game_stop_refused="Only the person who started the game or a group admin can stop it.",
    mode_poll="📊 Your next questions will come as quiz polls. /mode buttons to switch back.",
    mode_buttons="🔘 Your next questions will come with buttons. /mode poll to switch.",
    mode_typed="✍️ Your next questions will ask you to type the answer (when they suit it). "
    "/mode buttons to switch back.",
    mode_usage="Usage: /mode buttons, /mode poll or /mode text.",
    privacy_hidden="🙈 You no longer appear on the global board (your points still count in "
    "your groups). /privacy to appear again.",
    privacy_shown="👀 You appear on the global board again.",
    top_week_header="🏆 <b>This week's leaderboard</b>",
    top_month_header="🏆 <b>This month's leaderboard</b>",
    top_global_header="🌍 <b>Global leaderboard</b>",
    top_usage="Usage: /top, /top week, /top month or /top global.",
    menu_help="List the commands",
    menu_addquestion="Write a question (admin)",
    menu_questions="Search the questions (admin)",
    menu_stats="Statistics (admin)",
    menu_export="Export scores and answers (admin)",
    menu_log="Admin actions log (admin)",
    menu_reload="Reload the questions (admin)",
    menu_generate="Draft questions from a text (admin)",
    menu_publish="Publish a draft (admin)",
    question_header="❓ <b>{question}</b>",
    source_line="📖 Text “{passage}”, paragraph {paragraph}",
    right="✅ <b>Right!</b> +{points}",
    wrong="❌ <b>Not quite.</b> The right answer: <b>{letter}. {answer}</b>",
    your_choice="your choice",
    streak="🔥 {streak} right answers in a row",
    next_button="Next question ➡️",
    toast_right="✅ Right! +{points}",
    toast_wrong="❌ Not quite. The right answer: {letter}. {answer}",
    send_failed="Telegram could not take the question. Send /quiz to try again.",
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
        "Answers: {answers}, {correct} ({accuracy}%)\n"
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
    help_admin=(
        "\n\n<b>Admin</b>\n"
        "/addquestion — write a question step by step\n"
        "/questions [words] — search the questions\n"
        "/question ID — one question, its statistics, edit or delete\n"
        "/stats — players, answers, hardest and easiest questions\n"
        "/export — scores and the answers log as CSV\n"
        "/log — the latest admin actions\n"
        "/reload — reload the question files\n"
        "/generate TEXT — draft questions from a text (or send a .txt file)\n"
        "/publish NAME — put a reviewed draft into service\n"
        "Send a .yaml file to import questions."
    ),
    stats_header="📈 <b>Statistics</b>",
    stats_players="Players: {players}",
    stats_answers="Answers: {today} today · {week} this week · {total} in all",
    stats_questions="Questions in service: {total}",
    stats_hardest="<b>Hardest</b> (at least {minimum} answers):",
    stats_easiest="<b>Easiest</b> (at least {minimum} answers):",
    stats_question_line="• <code>{id}</code> — {share}% right ({answers})",
    stats_not_enough="Not enough answers yet ({minimum} per question) to rank the questions.",
    export_scores="Scores: {rows} row(s).",
    export_answers="Answers log: {rows} row(s).",
    log_empty="No admin action yet.",
    log_header="🗒 <b>Latest actions</b> ({count}):",
    log_line="{at} · {name} ({user_id}) · <b>{action}</b> {detail}",
    questions_none="No question matches “{query}”.",
    questions_header="🔎 {count} for “{query}” — page {page}/{pages}",
    question_meta=(
        "<b>{id}</b>\nFile: {file} · difficulty {difficulty} · paragraph {paragraph}\nTags: {tags}"
    ),
    question_stats="📊 Asked {asked} time(s) · {answers} answer(s) · {share}% right",
    question_wrong_picks="Wrong picks: {picks}",
    question_unknown="No question has the id “{id}”. Find it with /questions.",
    edit_button="✏️ Edit",
    delete_button="🗑 Delete",
    delete_confirm="Delete question <b>{id}</b> from {file}? This cannot be undone.",
    delete_yes="Yes, delete",
    delete_no="No",
    deleted="🗑 Question <b>{id}</b> deleted from {file}. {total} in service.",
    write_failed="⚠️ The file could not be changed safely; nothing was changed. Reason: {reason}",
    import_bad_name=(
        "The name “{name}” won't do: use letters, digits, “-”, “_” or “.”, and the .yaml extension."
    ),
    import_too_big="This file is too big (at most {limit} KB).",
    import_not_utf8="This file is not UTF-8: save it as UTF-8 and send it again.",
    import_id_taken="id already used in {file}",
    import_rejected="❌ {name} was not imported ({count} error(s)); nothing changed:",
    import_done=(
        "✅ {name} imported: {added} added, {replaced} replaced, {removed} removed. "
        "{total} in service."
    ),
    reset_in_groups_only="Use this command in a group, to reset its leaderboard.",
    reset_admins_only="Only the group's admins can reset the leaderboard.",
    reset_confirm="Reset this group's leaderboard ({players} player(s))? The answers log is kept.",
    reset_yes="Yes, reset",
    reset_no="Cancel",
    reset_cancelled="Leaderboard kept.",
    reset_done="🧹 Leaderboard reset by {name} ({players} player(s)).",
    add_pick_passage="Which text is the question about?",
    add_intro="✍️ <b>New question</b> — /cancel to give up at any time.",
    add_ask_question="Send the question's text (300 characters at most).",
    add_too_long="That's too long: {length} characters for at most {limit}. Shorten it and send "
    "it again.",
    add_ask_choices=(
        "Send the choices, one per message or one per line ({minimum} to {maximum}). "
        "Send /done when finished."
    ),
    add_choice_too_long="“{choice}…”: {length} characters for at most {limit}.",
    add_choice_twice="“{choice}” is already in the list.",
    add_too_many_choices="At most {maximum} choices: the rest are ignored.",
    add_choices_so_far="Choices:\n{choices}\n\nMore? Otherwise /done.",
    add_too_few_choices="At least {minimum} choices are needed. Send more.",
    add_ask_answer="Which one is right?",
    add_ask_explanation="Send the explanation shown after the answer (at most {limit} "
    "characters and 2 line breaks).",
    add_too_many_lines="At most {limit} line breaks (Telegram's limit). Send it again.",
    add_ask_tags="Send tags separated by commas (e.g. dates, people), or /skip.",
    add_ask_difficulty="How hard is it? (also the points it earns)",
    difficulty_easy="1 · easy",
    difficulty_medium="2 · medium",
    difficulty_hard="3 · hard",
    add_ask_paragraph="Which paragraph of the text does it refer to? (tap or send a number)",
    add_bad_paragraph="Send a paragraph number (1, 2, 3…).",
    add_invalid="⚠️ The question is not valid:",
    add_preview_title="👀 <b>Preview</b> — this is what players will see:",
    add_preview_summary=(
        "Right answer: <b>{answer}</b>\n💡 {explanation}\nTags: {tags} · difficulty "
        "{difficulty} · paragraph {paragraph}\nFile: {file}"
    ),
    add_preview_right="Preview: that's the right answer ✅",
    add_preview_wrong="Preview: that would be a wrong answer ❌",
    save_button="💾 Save",
    cancel_button="✖️ Cancel",
    add_pick_field="What do you want to change?",
    field_labels="Question|Choices and right answer|Explanation|Tags|Difficulty|Paragraph",
    add_saved="✅ Question <code>{id}</code> saved in {file}. It is served from now on.",
    add_cancelled="Given up: nothing was saved.",
    add_translation_dropped="⚠️ The choices or the right answer changed: the translation "
    "({languages}) no longer matches and will be removed. Add it again in the file.",
    gen_failed="⚠️ Drafting failed (out of memory?). Try again; a shorter text helps.",
    add_timed_out="⏸ The question in progress is put aside (nothing is lost). "
    "/addquestion to resume it.",
    add_resume="You have a question in progress: “{question}”. Resume it?",
    resume_button="▶️ Resume",
    restart_button="🆕 Start over",
    add_reminder="I'm waiting for text (or /cancel to give up).",
    gen_usage=(
        "Send /generate followed by a French text (a few sentences at least), or a .txt file: "
        "I send back a draft of questions to review."
    ),
    gen_working="⏳ Reading the text and preparing questions (a few seconds)…",
    gen_unavailable=('Generation is not installed on this server: pip install -e ".[generate]"'),
    gen_nothing="I found no safe question in this text ({facts} facts spotted).",
    gen_done=(
        "📝 {count} draft questions ({facts} facts spotted). Review them: they are not served "
        "before /publish {name}."
    ),
    publish_list="Drafts to publish: {names}. Send /publish NAME.",
    publish_none="No draft. Make one with /generate.",
    publish_unknown="No draft is called “{name}”. /publish alone lists them.",
    publish_exists="A file {name} is already in service: rename the draft first.",
    publish_invalid="❌ The draft {name} cannot be published ({count} error(s)):",
    publish_done="✅ {name} published: {count} questions. {total} in service.",
    unknown_command="I don't know that command. Send /help to see the list.",
    text_hint="Send /quiz to get a question, or /help for help.",
    error="Oops, something went wrong on my side. Please try again in a moment.",
)

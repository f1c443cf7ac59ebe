"""The shape every language must fill: a missing text is a type error, not a runtime surprise.

Texts are HTML (the bot's parse mode); placeholders receive values already escaped.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Texts:
    language: str
    singular_up_to_one: bool  # French says "0 point", English "0 points"
    point: str
    points: str
    question: str
    questions: str
    right_one: str
    right_many: str

    start: str
    help: str
    menu_start: str
    menu_quiz: str
    menu_score: str
    menu_top: str
    menu_game: str
    menu_ask: str
    menu_review: str
    menu_progress: str
    menu_themes: str
    ask_header: str
    ask_prompt: str
    typed_near: str
    typed_right: str
    typed_wrong: str
    no_typed_questions: str
    review_none: str
    review_next: str
    review_done_for_now: str
    progress_header: str
    progress_paragraph: str
    progress_tag: str
    progress_missed_header: str
    progress_missed_line: str
    progress_none: str
    themes_header: str
    themes_line: str
    topic_unknown: str
    read_button: str
    passage_list: str
    passage_none: str
    passage_usage: str
    passage_paragraph_header: str
    passage_no_paragraph: str
    passage_saved: str
    lang_set: str
    lang_usage: str
    remind_set: str
    remind_off: str
    remind_usage: str
    remind_message: str
    menu_mode: str
    menu_privacy: str
    game_private_intro: str
    game_add_button: str
    game_group_greeting: str
    game_usage: str
    game_already_running: str
    game_no_questions_tag: str
    game_announce: str
    game_results_header: str
    game_stopped_header: str
    game_results_line: str
    game_results_none: str
    game_board_header: str
    game_stop_none: str
    game_stop_refused: str
    mode_poll: str
    mode_buttons: str
    mode_typed: str
    mode_usage: str
    privacy_hidden: str
    privacy_shown: str
    top_week_header: str
    top_month_header: str
    top_global_header: str
    top_usage: str
    menu_help: str
    menu_addquestion: str
    menu_questions: str
    menu_stats: str
    menu_export: str
    menu_log: str
    menu_reload: str
    menu_generate: str
    menu_publish: str

    question_header: str
    source_line: str
    right: str
    wrong: str
    your_choice: str
    streak: str
    next_button: str
    no_questions: str
    send_failed: str
    toast_right: str
    toast_wrong: str
    quiz_in_private_only: str

    already_answered: str
    not_yours: str
    stale_button: str
    invalid_button: str
    next_already_sent: str

    score: str
    score_none: str
    top_header: str
    top_line: str
    top_you: str
    top_empty: str
    you: str

    admin_only: str
    reload_summary: str
    reload_unchanged: str
    reload_errors: str
    reload_kept: str
    reload_skipped: str
    reload_kept_everything: str
    more_errors: str

    help_admin: str
    stats_header: str
    stats_players: str
    stats_answers: str
    stats_questions: str
    stats_hardest: str
    stats_easiest: str
    stats_question_line: str
    stats_not_enough: str
    export_scores: str
    export_answers: str
    log_empty: str
    log_header: str
    log_line: str

    questions_none: str
    questions_header: str
    question_meta: str
    question_stats: str
    question_wrong_picks: str
    question_unknown: str
    edit_button: str
    delete_button: str
    delete_confirm: str
    delete_yes: str
    delete_no: str
    deleted: str
    write_failed: str

    import_bad_name: str
    import_too_big: str
    import_not_utf8: str
    import_id_taken: str
    import_rejected: str
    import_done: str

    reset_in_groups_only: str
    reset_admins_only: str
    reset_confirm: str
    reset_yes: str
    reset_no: str
    reset_cancelled: str
    reset_done: str

    add_pick_passage: str
    add_intro: str
    add_ask_question: str
    add_too_long: str
    add_ask_choices: str
    add_choice_too_long: str
    add_choice_twice: str
    add_too_many_choices: str
    add_choices_so_far: str
    add_too_few_choices: str
    add_ask_answer: str
    add_ask_explanation: str
    add_too_many_lines: str
    add_ask_tags: str
    add_ask_difficulty: str
    difficulty_easy: str
    difficulty_medium: str
    difficulty_hard: str
    add_ask_paragraph: str
    add_bad_paragraph: str
    add_invalid: str
    add_preview_title: str
    add_preview_summary: str
    add_preview_right: str
    add_preview_wrong: str
    save_button: str
    cancel_button: str
    add_pick_field: str
    field_labels: str  # question|choices|explanation|tags|difficulty|paragraph, "|"-separated
    add_saved: str
    add_cancelled: str
    add_translation_dropped: str
    add_timed_out: str
    gen_failed: str
    add_resume: str
    resume_button: str
    restart_button: str
    add_reminder: str

    gen_usage: str
    gen_working: str
    gen_unavailable: str
    gen_nothing: str
    gen_done: str
    publish_list: str
    publish_none: str
    publish_unknown: str
    publish_exists: str
    publish_invalid: str
    publish_done: str

    unknown_command: str
    text_hint: str
    error: str

    def count_points(self, count: int) -> str:
        return self._count(count, self.point, self.points)

    def count_right(self, count: int) -> str:
        return self._count(count, self.right_one, self.right_many)

    def count_questions(self, count: int) -> str:
        return self._count(count, self.question, self.questions)

    def _count(self, count: int, one: str, many: str) -> str:
        singular = count <= 1 if self.singular_up_to_one else count == 1
        return f"{count} {one if singular else many}"

"""Textes français (langue par défaut)."""

from bot.texts.catalogue import Texts

FR = Texts(
    language="fr",
    singular_up_to_one=True,
    point="point",
    points="points",
    question="question",
    questions="questions",
    right_one="juste",
    right_many="justes",
    start=(
        "Bonjour {name} ! 👋\n\n"
        "Je vous aide à <b>apprendre un texte</b> par des questions sur ses faits : dates, "
        "personnes, organisations, idées. Chaque bonne réponse rapporte des points (1 à 3 "
        "selon la difficulté), et je vous repose les questions que vous n'avez pas encore vues "
        "avant de recommencer.\n\n"
        "{commands}"
    ),
    help=(
        "<b>Commandes</b>\n"
        "/quiz [thème] — une question (touchez la bonne réponse)\n"
        "/ask [thème] — une question à réponse tapée\n"
        "/revision — revoir les questions ratées, quand elles reviennent\n"
        "/progres — votre progression par paragraphe et par thème\n"
        "/themes — les thèmes · /texte — lire le texte\n"
        "/lang fr|en — la langue · /rappel 19:00 — un rappel quotidien\n"
        "/score — vos points, votre précision, vos séries et votre rang\n"
        "/top — le classement (/top semaine, /top mois, /top global)\n"
        "/game — jouer en groupe, avec des sondages quiz chronométrés\n"
        "/mode — questions avec boutons ou en sondages\n"
        "/privacy — apparaître ou non au classement général\n"
        "/help — cette aide"
    ),
    menu_start="Présentation du bot",
    menu_quiz="Recevoir une question",
    menu_score="Voir mon score",
    menu_top="Voir le classement",
    menu_game="Lancer une partie en groupe",
    menu_ask="Question à réponse tapée",
    menu_review="Revoir les questions ratées",
    menu_progress="Ma progression",
    menu_themes="Les thèmes",
    ask_header="✍️ <b>{question}</b>",
    ask_prompt="Tapez votre réponse (sans choix proposés).",
    typed_near="🤏 Presque ! « {typed} » n'est pas tout à fait ça. Encore un essai.",
    typed_right="✅ <b>Bonne réponse !</b> +{points} — « {answer} »",
    typed_wrong="❌ <b>Raté.</b> La réponse : <b>{answer}</b>",
    no_typed_questions="Aucune question de ce thème ne se prête à une réponse tapée. "
    "Essayez /quiz.",
    review_none="🎉 Rien à revoir pour l'instant. Prochaine révision : {when}.",
    review_next="Rien à revoir pour l'instant : continuez avec /quiz.",
    review_done_for_now="📚 {count} à revoir maintenant.",
    progress_header="📈 <b>Votre progression</b> — {mastered} sur {total} maîtrisées "
    "(deux bonnes réponses de suite, à un jour d'écart au moins)",
    progress_paragraph="Paragraphe {paragraph} : {bar} {mastered}/{total}",
    progress_tag="{tag} : {bar} {mastered}/{total}",
    progress_missed_header="<b>Les plus ratées</b>",
    progress_missed_line="• {question} ({wrong} fois)",
    progress_none="Répondez à quelques questions (/quiz) et votre progression s'affichera ici.",
    themes_header="<b>Thèmes</b> (/quiz THÈME, /ask THÈME) :",
    themes_line="• {tag} — {total} questions, {mastered} maîtrisée(s)",
    topic_unknown="Aucune question pour « {topic} ». Thèmes : {tags} ; ou une difficulté 1, 2, 3.",
    read_button="📖 Lire le paragraphe",
    passage_list="Textes disponibles : {ids}. /texte ID [N] pour lire le paragraphe N.",
    passage_none="Aucun texte n'a encore été enregistré.",
    passage_usage="Usage : /texte ID [N]. Textes : {ids}.",
    passage_paragraph_header="📖 <b>{title}</b>, paragraphe {paragraph}/{count}",
    passage_no_paragraph="Le texte {id} a {count} paragraphe(s).",
    passage_saved="✅ Texte {id} enregistré : {count} paragraphe(s).",
    lang_set="Langue : français.",
    lang_usage="Usage : /lang fr ou /lang en (ou /lang auto pour suivre Telegram).",
    remind_set="⏰ Chaque jour à {time}, je vous dirai si des questions sont à revoir. "
    "/rappel off pour arrêter.",
    remind_off="Rappels arrêtés.",
    remind_usage="Usage : /rappel HH:MM [fuseau] (par exemple /rappel 19:00 ou "
    "/rappel 7:30 America/Montreal) ou /rappel off.",
    remind_message="⏰ {count} question(s) à revoir aujourd'hui : /revision",
    menu_mode="Boutons ou sondages",
    menu_privacy="Apparaître ou non au classement général",
    game_private_intro=(
        "🎲 <b>Jouer en groupe</b>\n"
        "Ajoutez-moi à un groupe, puis tapez /game : je pose des questions sous forme de sondages "
        "quiz, avec un temps limité. Une bonne réponse rapporte la difficulté de la question "
        "(1 à 3) plus un bonus de vitesse (+2 dans le premier tiers du temps, +1 dans le "
        "deuxième). À la fin : le classement de la partie et celui du groupe.\n\n"
        "/game 5 20 = 5 questions de 20 secondes ; /game 10 30 dates = seulement les questions "
        "sur les dates."
    ),
    game_add_button="➕ Ajouter le bot à un groupe",
    game_group_greeting=(
        "👋 Bonjour ! Je pose des questions sur un texte, en sondages quiz chronométrés.\n"
        "Tapez /game pour une partie de 10 questions de 30 secondes, ou /game 5 20 pour 5 "
        "questions de 20 secondes. /top montre le classement du groupe."
    ),
    game_usage=(
        "Usage : /game [NOMBRE] [SECONDES] [thème], par exemple /game 5 20 ou /game 10 30 dates "
        "(1 à {max_questions} questions, {min_seconds} à {max_seconds} secondes chacune)."
    ),
    game_already_running="Une partie est déjà en cours ici. /stop pour l'arrêter.",
    game_no_questions_tag="Aucune question n'a le thème « {tag} ». Thèmes : {tags}.",
    game_announce=(
        "🎲 <b>Partie lancée par {name}</b> : {count}, {seconds} secondes chacune.\n"
        "Répondez vite : la rapidité rapporte un bonus !"
    ),
    game_results_header="🏁 <b>Partie terminée</b> — {count}",
    game_stopped_header="⏹ <b>Partie arrêtée par {name}</b> — {count}",
    game_results_line="{rank}. {name} — {points} ({correct})",
    game_results_none="Personne n'a répondu.",
    game_board_header="🏆 <b>Classement du groupe</b>",
    game_stop_none="Aucune partie en cours ici.",
    game_stop_refused="Seul·e la personne qui a lancé la partie ou un administrateur du groupe "
    "peut l'arrêter.",
    mode_poll="📊 Vos prochaines questions arriveront en sondages quiz. /mode boutons pour "
    "revenir.",
    mode_buttons="🔘 Vos prochaines questions arriveront avec des boutons. /mode sondage pour "
    "changer.",
    mode_typed="✍️ Vos prochaines questions seront à réponse tapée (quand elles s'y prêtent). "
    "/mode boutons pour revenir.",
    mode_usage="Usage : /mode boutons, /mode sondage ou /mode texte.",
    privacy_hidden="🙈 Vous n'apparaissez plus au classement général (vos points comptent "
    "toujours dans vos groupes). /privacy pour y revenir.",
    privacy_shown="👀 Vous apparaissez de nouveau au classement général.",
    top_week_header="🏆 <b>Classement de la semaine</b>",
    top_month_header="🏆 <b>Classement du mois</b>",
    top_global_header="🌍 <b>Classement général</b>",
    top_usage="Usage : /top, /top semaine, /top mois ou /top global.",
    menu_help="Liste des commandes",
    menu_addquestion="Écrire une question (admin)",
    menu_questions="Chercher dans les questions (admin)",
    menu_stats="Statistiques (admin)",
    menu_export="Exporter scores et réponses (admin)",
    menu_log="Journal des actions (admin)",
    menu_reload="Recharger les questions (admin)",
    menu_generate="Brouillon de questions depuis un texte (admin)",
    menu_publish="Publier un brouillon (admin)",
    question_header="❓ <b>{question}</b>",
    source_line="📖 Texte « {passage} », paragraphe {paragraph}",
    right="✅ <b>Bonne réponse !</b> +{points}",
    wrong="❌ <b>Raté.</b> La bonne réponse : <b>{letter}. {answer}</b>",
    your_choice="votre choix",
    streak="🔥 Série de {streak} bonnes réponses",
    next_button="Question suivante ➡️",
    no_questions="Aucune question n'est disponible pour le moment. Réessayez plus tard.",
    toast_right="✅ Bonne réponse ! +{points}",
    toast_wrong="❌ Raté. La bonne réponse : {letter}. {answer}",
    send_failed="Telegram n'a pas pu recevoir la question. Tapez /quiz pour réessayer.",
    quiz_in_private_only=(
        "Les quiz se jouent en conversation privée pour l'instant : écrivez-moi à @{bot} "
        "et tapez /quiz."
    ),
    already_answered="Vous avez déjà répondu à cette question.",
    not_yours="Cette question est pour quelqu'un d'autre. Tapez /quiz pour la vôtre !",
    stale_button="Cette question n'est plus disponible. Tapez /quiz pour une nouvelle.",
    invalid_button="Ce bouton n'est pas valide.",
    next_already_sent="La question suivante est déjà envoyée, juste en dessous.",
    score=(
        "📊 <b>Vos résultats</b>\n"
        "Points : <b>{points}</b>\n"
        "Réponses : {answers} dont {correct} ({accuracy} %)\n"
        "Série en cours : {streak} · meilleure série : {best_streak}\n"
        "Rang : <b>{rank}</b> sur {players}"
    ),
    score_none="Vous n'avez encore répondu à aucune question. Tapez /quiz pour commencer !",
    top_header="🏆 <b>Classement</b>",
    top_line="{rank}. {name} — {points}",
    top_you="…\n{rank}. {name} (vous) — {points}",
    top_empty="Personne n'a encore joué ici. Lancez-vous avec /quiz !",
    you="vous",
    admin_only="Désolé, cette commande est réservée aux administrateurs du bot.",
    reload_summary=(
        "🔄 <b>Questions rechargées</b> : {added} ajoutée(s), {changed} modifiée(s), "
        "{removed} supprimée(s). {total} en service."
    ),
    reload_unchanged="🔄 Aucun changement : {total} en service.",
    reload_errors="⚠️ <b>{count} erreur(s)</b> dans les fichiers de questions :",
    reload_kept="Ces fichiers gardent leur dernière version valide : {files}.",
    reload_skipped="Ces fichiers ne sont pas servis : {files}.",
    reload_kept_everything=(
        "⚠️ Aucun fichier de questions utilisable dans le dossier : je garde en service les "
        "{total} d'avant."
    ),
    more_errors="… et {count} autre(s).",
    help_admin=(
        "\n\n<b>Administration</b>\n"
        "/addquestion — écrire une question pas à pas\n"
        "/questions [mots] — chercher dans les questions\n"
        "/question ID — une question, ses statistiques, modifier ou supprimer\n"
        "/stats — joueurs, réponses, questions les plus dures et les plus faciles\n"
        "/export — scores et journal des réponses en CSV\n"
        "/log — les dernières actions des administrateurs\n"
        "/reload — recharger les fichiers de questions\n"
        "/generate TEXTE — un brouillon de questions tiré d'un texte (ou envoyez un .txt)\n"
        "/publish NOM — mettre en service un brouillon relu\n"
        "Envoyez un fichier .yaml pour importer des questions."
    ),
    stats_header="📈 <b>Statistiques</b>",
    stats_players="Joueurs : {players}",
    stats_answers="Réponses : {today} aujourd'hui · {week} cette semaine · {total} au total",
    stats_questions="Questions en service : {total}",
    stats_hardest="<b>Les plus difficiles</b> (au moins {minimum} réponses) :",
    stats_easiest="<b>Les plus faciles</b> (au moins {minimum} réponses) :",
    stats_question_line="• <code>{id}</code> — {share} % de bonnes réponses ({answers})",
    stats_not_enough="Pas encore assez de réponses (il en faut {minimum} par question) pour "
    "classer les questions.",
    export_scores="Scores : {rows} ligne(s).",
    export_answers="Journal des réponses : {rows} ligne(s).",
    log_empty="Aucune action d'administration pour l'instant.",
    log_header="🗒 <b>Dernières actions</b> ({count}) :",
    log_line="{at} · {name} ({user_id}) · <b>{action}</b> {detail}",
    questions_none="Aucune question ne correspond à « {query} ».",
    questions_header="🔎 {count} pour « {query} » — page {page}/{pages}",
    question_meta=(
        "<b>{id}</b>\nFichier : {file} · difficulté {difficulty} · paragraphe {paragraph}\n"
        "Tags : {tags}"
    ),
    question_stats="📊 Posée {asked} fois · {answers} réponse(s) · {share} % justes",
    question_wrong_picks="Mauvais choix : {picks}",
    question_unknown="Aucune question n'a l'id « {id} ». Cherchez-la avec /questions.",
    edit_button="✏️ Modifier",
    delete_button="🗑 Supprimer",
    delete_confirm="Supprimer la question <b>{id}</b> du fichier {file} ? C'est définitif.",
    delete_yes="Oui, supprimer",
    delete_no="Non",
    deleted="🗑 Question <b>{id}</b> supprimée de {file}. {total} en service.",
    write_failed="⚠️ Impossible de modifier le fichier sans risque ; rien n'a été changé. "
    "Raison : {reason}",
    import_bad_name=(
        "Le nom « {name} » ne convient pas : utilisez des lettres, des chiffres, « - », « _ » "
        "ou « . », et l'extension .yaml."
    ),
    import_too_big="Ce fichier est trop gros (maximum {limit} Ko).",
    import_not_utf8="Ce fichier n'est pas en UTF-8 : enregistrez-le en UTF-8 et renvoyez-le.",
    import_id_taken="id déjà utilisé dans {file}",
    import_rejected="❌ {name} n'est pas importé ({count} erreur(s)) ; rien n'a changé :",
    import_done=(
        "✅ {name} importé : {added} ajoutée(s), {replaced} remplacée(s), {removed} retirée(s). "
        "{total} en service."
    ),
    reset_in_groups_only="Cette commande s'utilise dans un groupe, pour remettre son classement "
    "à zéro.",
    reset_admins_only="Seuls les administrateurs du groupe peuvent remettre le classement à zéro.",
    reset_confirm="Remettre à zéro le classement de ce groupe ({players} joueur(s)) ? "
    "Le journal des réponses est conservé.",
    reset_yes="Oui, remettre à zéro",
    reset_no="Annuler",
    reset_cancelled="Classement conservé.",
    reset_done="🧹 Classement remis à zéro par {name} ({players} joueur(s)).",
    add_pick_passage="Sur quel texte porte la question ?",
    add_intro="✍️ <b>Nouvelle question</b> — /cancel pour abandonner à tout moment.",
    add_ask_question="Envoyez le texte de la question (300 caractères au plus).",
    add_too_long="C'est trop long : {length} caractères pour {limit} au plus. Raccourcissez et "
    "renvoyez.",
    add_ask_choices=(
        "Envoyez les choix, un par message ou un par ligne ({minimum} à {maximum}). "
        "Tapez /done quand c'est fini."
    ),
    add_choice_too_long="« {choice}… » : {length} caractères pour {limit} au plus.",
    add_choice_twice="« {choice} » est déjà dans la liste.",
    add_too_many_choices="{maximum} choix au plus : les suivants sont ignorés.",
    add_choices_so_far="Choix :\n{choices}\n\nD'autres ? Sinon /done.",
    add_too_few_choices="Il faut au moins {minimum} choix. Envoyez-en d'autres.",
    add_ask_answer="Quelle est la bonne réponse ?",
    add_ask_explanation="Envoyez l'explication montrée après la réponse ({limit} caractères au "
    "plus, 2 retours à la ligne au plus).",
    add_too_many_lines="{limit} retours à la ligne au plus (limite de Telegram). Renvoyez.",
    add_ask_tags="Envoyez des tags séparés par des virgules (ex. : dates, personnes), ou /skip.",
    add_ask_difficulty="Quelle difficulté ? (c'est aussi le nombre de points gagnés)",
    difficulty_easy="1 · facile",
    difficulty_medium="2 · moyenne",
    difficulty_hard="3 · difficile",
    add_ask_paragraph="À quel paragraphe du texte renvoie la question ? (touchez ou envoyez un "
    "numéro)",
    add_bad_paragraph="Envoyez un numéro de paragraphe (1, 2, 3…).",
    add_invalid="⚠️ La question n'est pas valide :",
    add_preview_title="👀 <b>Aperçu</b> — voici ce que verront les joueurs :",
    add_preview_summary=(
        "Bonne réponse : <b>{answer}</b>\n💡 {explanation}\nTags : {tags} · difficulté "
        "{difficulty} · paragraphe {paragraph}\nFichier : {file}"
    ),
    add_preview_right="Aperçu : c'est la bonne réponse ✅",
    add_preview_wrong="Aperçu : ce serait une mauvaise réponse ❌",
    save_button="💾 Enregistrer",
    cancel_button="✖️ Annuler",
    add_pick_field="Que voulez-vous modifier ?",
    field_labels="Question|Choix et bonne réponse|Explication|Tags|Difficulté|Paragraphe",
    add_saved="✅ Question <code>{id}</code> enregistrée dans {file}. Elle est servie dès "
    "maintenant.",
    add_cancelled="Abandonné : rien n'a été enregistré.",
    add_translation_dropped="⚠️ Les choix ou la bonne réponse ont changé : la traduction "
    "({languages}) ne correspond plus et sera retirée. Ajoutez-la de nouveau dans le fichier.",
    gen_failed="⚠️ La préparation du brouillon a échoué (mémoire insuffisante ?). Réessayez ; "
    "un texte plus court aide.",
    add_timed_out="⏸ La question en cours est mise de côté (rien n'est perdu). "
    "/addquestion pour la reprendre.",
    add_resume="Vous avez une question en cours : « {question} ». La reprendre ?",
    resume_button="▶️ Reprendre",
    restart_button="🆕 Recommencer",
    add_reminder="J'attends un texte (ou /cancel pour abandonner).",
    gen_usage=(
        "Envoyez /generate suivi d'un texte en français (quelques phrases au moins), ou un "
        "fichier .txt : je renvoie un brouillon de questions à relire."
    ),
    gen_working="⏳ Je lis le texte et prépare des questions (quelques secondes)…",
    gen_unavailable=(
        'La génération n\'est pas installée sur ce serveur : pip install -e ".[generate]"'
    ),
    gen_nothing="Je n'ai trouvé aucune question sûre dans ce texte ({facts} faits repérés).",
    gen_done=(
        "📝 {count} questions en brouillon ({facts} faits repérés). Relisez-les : elles ne "
        "sont pas servies avant /publish {name}."
    ),
    publish_list="Brouillons à publier : {names}. Envoyez /publish NOM.",
    publish_none="Aucun brouillon. Créez-en avec /generate.",
    publish_unknown="Aucun brouillon ne s'appelle « {name} ». /publish seul les liste.",
    publish_exists="Un fichier {name} est déjà en service : renommez le brouillon d'abord.",
    publish_invalid="❌ Le brouillon {name} n'est pas publiable ({count} erreur(s)) :",
    publish_done="✅ {name} publié : {count} questions. {total} en service.",
    unknown_command="Je ne connais pas cette commande. Tapez /help pour voir la liste.",
    text_hint="Tapez /quiz pour recevoir une question, ou /help pour l'aide.",
    error="Oups, un problème est survenu de mon côté. Réessayez dans un instant.",
)

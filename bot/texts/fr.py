"""Textes français (langue par défaut)."""

from bot.texts.catalogue import Texts

FR = Texts(
    language="fr",
    singular_up_to_one=True,
    point="point",
    points="points",
    question="question",
    questions="questions",
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
        "/quiz — une question (touchez la bonne réponse)\n"
        "/score — vos points, votre précision, vos séries et votre rang\n"
        "/top — le classement\n"
        "/help — cette aide"
    ),
    menu_start="Présentation du bot",
    menu_quiz="Recevoir une question",
    menu_score="Voir mon score",
    menu_top="Voir le classement",
    menu_help="Liste des commandes",
    question_header="❓ <b>{question}</b>",
    source_line="📖 Texte « {passage} », paragraphe {paragraph}",
    right="✅ <b>Bonne réponse !</b> +{points}",
    wrong="❌ <b>Raté.</b> La bonne réponse : <b>{letter}. {answer}</b>",
    your_choice="votre choix",
    streak="🔥 Série de {streak} bonnes réponses",
    next_button="Question suivante ➡️",
    no_questions="Aucune question n'est disponible pour le moment. Réessayez plus tard.",
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
        "Réponses : {answers} dont {correct} justes ({accuracy} %)\n"
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
    unknown_command="Je ne connais pas cette commande. Tapez /help pour voir la liste.",
    text_hint="Tapez /quiz pour recevoir une question, ou /help pour l'aide.",
    error="Oups, un problème est survenu de mon côté. Réessayez dans un instant.",
)

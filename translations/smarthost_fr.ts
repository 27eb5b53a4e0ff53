<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AccountBinder</name>
    <message>
        <source>Connector %1 no longer exists.</source>
        <translation>Le connecteur %1 n&apos;existe plus.</translation>
    </message>
    <message>
        <source>“%1” is %2: wait until it is ready.</source>
        <extracomment>%1 is a connector&apos;s name, %2 its state (creating, deleting, suspended…).</extracomment>
        <translation>«&#xa0;%1&#xa0;» est dans l&apos;état «&#xa0;%2&#xa0;»&#xa0;: attendez qu&apos;il soit prêt.</translation>
    </message>
    <message>
        <source>The service %1 is not loaded.</source>
        <translation>Le service %1 n&apos;est pas chargé.</translation>
    </message>
    <message>
        <source>No account is selected.</source>
        <translation>Aucun compte n&apos;est sélectionné.</translation>
    </message>
    <message>
        <source>%1 is not an account of %2.</source>
        <translation>%1 n&apos;est pas un compte de %2.</translation>
    </message>
    <message>
        <source>%1 is not a domain of %2.</source>
        <translation>%1 n&apos;est pas un domaine de %2.</translation>
    </message>
    <message numerus="yes">
        <source>Detach %n account(s)</source>
        <translation>
            <numerusform>Détacher %n compte</numerusform>
            <numerusform>Détacher %n comptes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attach %n account(s) to %1</source>
        <extracomment>Undo/redo text; %1 is the connector&apos;s name.</extracomment>
        <translation>
            <numerusform>Attacher %n compte à %1</numerusform>
            <numerusform>Attacher %n comptes à %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Default connector of %1: %2</source>
        <extracomment>Undo/redo text; %1 is a domain, %2 a connector or the platform&apos;s server.</extracomment>
        <translation>Connecteur par défaut de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>AccountListCommand</name>
    <message>
        <source>Account %1 could not be read:</source>
        <translation>Impossible de lire le compte %1&#xa0;:</translation>
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom d&apos;affichage</translation>
    </message>
    <message>
        <source>Licence</source>
        <extracomment>Exchange licence of the account (basic, standard, enterprise).</extracomment>
        <translation>Licence</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Sends through</source>
        <extracomment>The send connector the account sends through (or the platform&apos;s server).</extracomment>
        <translation>Envoi via</translation>
    </message>
    <message>
        <source>moving…</source>
        <extracomment>The account&apos;s send connector is being changed.</extracomment>
        <translation>déplacement…</translation>
    </message>
</context>
<context>
    <name>AccountsPane</name>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n compte</numerusform>
            <numerusform>%n comptes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n account(s)</source>
        <extracomment>%1 accounts shown by the filter out of %n.</extracomment>
        <translation>
            <numerusform>%1 sur %n compte</numerusform>
            <numerusform>%1 sur %n comptes</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter accounts…</source>
        <translation>Filtrer les comptes…</translation>
    </message>
    <message>
        <source>Shows the accounts whose address, name, licence, state or connector contains this text</source>
        <translation>Affiche les comptes dont l&apos;adresse, le nom, la licence, l&apos;état ou le connecteur contient ce texte</translation>
    </message>
    <message>
        <source>Accounts of %1</source>
        <extracomment>Tooltip of the accounts title; %1 is the Exchange service.</extracomment>
        <translation>Comptes de %1</translation>
    </message>
</context>
<context>
    <name>ActivityIndicator</name>
    <message numerus="yes">
        <source>%n task(s) running</source>
        <translation>
            <numerusform>%n tâche en cours</numerusform>
            <numerusform>%n tâches en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading from OVHcloud…</source>
        <translation>Lecture des données OVHcloud…</translation>
    </message>
</context>
<context>
    <name>AllHeadersModel</name>
    <message>
        <source>%1

Hop %2 in the hop table</source>
        <extracomment>%1 is the full header; %2 the hop number</extracomment>
        <translation>%1

Saut %2 dans le tableau des sauts</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Columns of the &quot;All headers&quot; table</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message numerus="yes">
        <source>No usable answer from the API within %n second(s).</source>
        <translation>
            <numerusform>Aucune réponse exploitable de l&apos;API en %n seconde.</numerusform>
            <numerusform>Aucune réponse exploitable de l&apos;API en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The API did not answer in time (%1).</source>
        <translation>L&apos;API n&apos;a pas répondu à temps (%1).</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Erreur réseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>The change may or may not have been applied: refresh before trying again.</source>
        <translation>Impossible de savoir si la modification a été appliquée&#xa0;: actualisez avant de réessayer.</translation>
    </message>
    <message>
        <source>Unexpected redirect (HTTP %1) from the API.</source>
        <translation>Redirection inattendue (HTTP %1) de la part de l&apos;API.</translation>
    </message>
    <message>
        <source>The answer was cut off: %1</source>
        <translation>La réponse a été coupée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>HTTP error %1</source>
        <translation>Erreur HTTP %1</translation>
    </message>
    <message>
        <source>HTTP error %1: %2</source>
        <translation>Erreur HTTP %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>query id %1</source>
        <translation>ID de requête %1</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>Cannot build a valid URL for %1</source>
        <translation>Impossible de construire une URL valide pour %1</translation>
    </message>
    <message>
        <source>GET /auth/time did not return a time</source>
        <translation>GET /auth/time n&apos;a renvoyé aucune heure</translation>
    </message>
</context>
<context>
    <name>AttachCommand</name>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>%1 attached, %2 failed.</source>
        <translation>Comptes attachés&#xa0;: %1&#xa0;; échecs&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 detached, %2 failed.</source>
        <translation>Comptes détachés&#xa0;: %1&#xa0;; échecs&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>AttachController</name>
    <message>
        <source>Could not change the default connector of %1: %2</source>
        <translation>Impossible de modifier le connecteur par défaut de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>New accounts of %1 will send through %2. Existing accounts are not changed.</source>
        <extracomment>%1 is a domain, %2 a connector or the platform&apos;s server.</extracomment>
        <translation>Les nouveaux comptes de %1 enverront via %2. Les comptes existants ne sont pas modifiés.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Réta&amp;blir</translation>
    </message>
    <message>
        <source>Cu&amp;t Accounts</source>
        <translation>&amp;Couper les comptes</translation>
    </message>
    <message>
        <source>Pick the selected accounts, to paste them onto a connector</source>
        <translation>Prendre les comptes sélectionnés pour les coller sur un connecteur</translation>
    </message>
    <message>
        <source>&amp;Paste Accounts</source>
        <translation>C&amp;oller les comptes</translation>
    </message>
    <message>
        <source>Attach the cut accounts to the selected connector, or detach them onto “Platform outgoing server”</source>
        <translation>Attacher les comptes coupés au connecteur sélectionné, ou les détacher vers «&#xa0;Serveur d&apos;envoi de la plateforme&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Detach</source>
        <translation>&amp;Détacher</translation>
    </message>
    <message>
        <source>Send the selected accounts through the platform&apos;s outgoing server again</source>
        <translation>Faire de nouveau envoyer les comptes sélectionnés via le serveur d&apos;envoi de la plateforme</translation>
    </message>
    <message>
        <source>&amp;Attach to Connector</source>
        <translation>A&amp;ttacher à un connecteur</translation>
    </message>
    <message>
        <source>Select accounts first, in the tree or in the accounts table.</source>
        <translation>Sélectionnez d&apos;abord des comptes, dans l&apos;arborescence ou dans le tableau des comptes.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) cut: select a connector (or “Platform outgoing server”) and paste.</source>
        <translation>
            <numerusform>%n compte coupé&#xa0;: sélectionnez un connecteur (ou «&#xa0;Serveur d&apos;envoi de la plateforme&#xa0;») et collez.</numerusform>
            <numerusform>%n comptes coupés&#xa0;: sélectionnez un connecteur (ou «&#xa0;Serveur d&apos;envoi de la plateforme&#xa0;») et collez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a send connector, or “Platform outgoing server”, to paste onto.</source>
        <translation>Sélectionnez un connecteur d&apos;envoi, ou «&#xa0;Serveur d&apos;envoi de la plateforme&#xa0;», où coller les comptes.</translation>
    </message>
    <message>
        <source>These accounts belong to %1: they can only use that service&apos;s connectors.</source>
        <translation>Ces comptes appartiennent à %1&#xa0;: ils ne peuvent utiliser que les connecteurs de ce service.</translation>
    </message>
    <message>
        <source>These accounts already use the platform&apos;s outgoing server.</source>
        <translation>Ces comptes utilisent déjà le serveur d&apos;envoi de la plateforme.</translation>
    </message>
    <message>
        <source>These accounts already use this connector.</source>
        <translation>Ces comptes utilisent déjà ce connecteur.</translation>
    </message>
    <message>
        <source>No send connector yet</source>
        <translation>Aucun connecteur d&apos;envoi pour l&apos;instant</translation>
    </message>
    <message>
        <source>Default &amp;Connector for New Accounts</source>
        <translation>&amp;Connecteur par défaut des nouveaux comptes</translation>
    </message>
    <message>
        <source>Existing accounts are not changed.</source>
        <translation>Les comptes existants ne sont pas modifiés.</translation>
    </message>
    <message>
        <source>Select accounts first</source>
        <translation>Sélectionnez d&apos;abord des comptes</translation>
    </message>
</context>
<context>
    <name>AttachFailureDialog</name>
    <message>
        <source>Some Accounts Were Not Changed</source>
        <translation>Certains comptes n&apos;ont pas été modifiés</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;The accounts below stay where OVHcloud says they are. Quote the query ID when you contact OVHcloud support.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Les comptes ci-dessous restent là où OVHcloud indique qu&apos;ils se trouvent. Indiquez l&apos;ID de requête lorsque vous contactez le support OVHcloud.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>OVHcloud&apos;s message</source>
        <translation>Message d&apos;OVHcloud</translation>
    </message>
    <message>
        <source>Query ID</source>
        <translation>ID de requête</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
</context>
<context>
    <name>AttachJob</name>
    <message numerus="yes">
        <source>%n detached</source>
        <translation>
            <numerusform>%n détaché</numerusform>
            <numerusform>%n détachés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached</source>
        <translation>
            <numerusform>%n attaché</numerusform>
            <numerusform>%n attachés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n failed</source>
        <translation>
            <numerusform>%1, %n en échec</numerusform>
            <numerusform>%1, %n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n cancelled</source>
        <translation>
            <numerusform>%1, %n annulé</numerusform>
            <numerusform>%1, %n annulés</numerusform>
        </translation>
    </message>
    <message>
        <source>The account could not be read back: %1</source>
        <translation>Impossible de relire le compte&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AttachProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the accounts not sent yet (those already sent finish)</source>
        <translation>Arrêter les comptes pas encore envoyés (ceux déjà envoyés vont jusqu&apos;au bout)</translation>
    </message>
    <message numerus="yes">
        <source>Moving accounts: %1 of %n</source>
        <extracomment>Status bar while send connectors of accounts are changed; %1 of %n done.</extracomment>
        <translation>
            <numerusform>Déplacement des comptes&#xa0;: %1 sur %n</numerusform>
            <numerusform>Déplacement des comptes&#xa0;: %1 sur %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthenticationChipsModel</name>
    <message>
        <source>%1, stated in %2 (no server named)</source>
        <translation>%1, indiqué dans %2 (aucun serveur nommé)</translation>
    </message>
    <message>
        <source>%1, stated by %2 in %3</source>
        <translation>%1, indiqué par %2 dans %3</translation>
    </message>
    <message>
        <source>Signed by %1 (selector %2)</source>
        <extracomment>%1 the signing domain (d=), %2 the selector (s=)</extracomment>
        <translation>Signé par %1 (sélecteur %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n ARC set(s); chain validation: %1</source>
        <extracomment>%2 is the ARC chain validation status (pass, fail, none)</extracomment>
        <translation>
            <numerusform>%n jeu ARC&#xa0;; validation de la chaîne&#xa0;: %1</numerusform>
            <numerusform>%n jeux ARC&#xa0;; validation de la chaîne&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No header states a %1 result.</source>
        <extracomment>%1 is SPF, DKIM or DMARC</extracomment>
        <translation>Aucun en-tête n&apos;indique de résultat %1.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>An authentication chip: %1 the method (SPF, DKIM, DMARC), %2 its result</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>AuthenticationDialog</name>
    <message>
        <source>Change Authentication</source>
        <translation>Modifier l&apos;authentification</translation>
    </message>
    <message>
        <source>&amp;Mechanism:</source>
        <translation>&amp;Mécanisme&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>M&amp;ot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <comment>Show the password in clear</comment>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
    <message>
        <source>Change Authentication of “%1”</source>
        <extracomment>Title of the change authentication dialog; %1 is the connector&apos;s name.</extracomment>
        <translation>Modifier l&apos;authentification de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Currently: %1. OVHcloud applies the change in a task. The user name and password are never shown back: enter both again.</source>
        <translation>Actuellement&#xa0;: %1. OVHcloud applique la modification au moyen d&apos;une tâche. Le nom d&apos;utilisateur et le mot de passe ne sont jamais réaffichés&#xa0;: saisissez-les de nouveau.</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>Modi&amp;fier</translation>
    </message>
    <message>
        <source>This mechanism needs TLS: edit the connector and turn on &quot;Require TLS&quot; first.</source>
        <translation>Ce mécanisme nécessite TLS&#xa0;: modifiez d&apos;abord le connecteur et cochez «&#xa0;Exiger TLS&#xa0;».</translation>
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <source>--%1 expects a whole number, not &quot;%2&quot;.</source>
        <translation>--%1 attend un nombre entier, et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Print JSON with the API&apos;s field names.</source>
        <translation>Afficher du JSON avec les noms de champs de l&apos;API.</translation>
    </message>
    <message>
        <source>ovh-eu, ovh-ca, ovh-us or a base URL.</source>
        <translation>ovh-eu, ovh-ca, ovh-us ou une URL de base.</translation>
    </message>
    <message>
        <source>Read only this ovh.conf file.</source>
        <translation>Lire uniquement ce fichier ovh.conf.</translation>
    </message>
    <message>
        <source>Use this saved profile.</source>
        <translation>Utiliser ce profil enregistré.</translation>
    </message>
    <message>
        <source>Connector display name.</source>
        <translation>Nom d&apos;affichage du connecteur.</translation>
    </message>
    <message>
        <source>Smart host (SMTP relay).</source>
        <translation>Serveur d&apos;envoi SMTP (relais).</translation>
    </message>
    <message>
        <source>SMTP port.</source>
        <translation>Port SMTP.</translation>
    </message>
    <message>
        <source>Require TLS.</source>
        <translation>Exiger TLS.</translation>
    </message>
    <message>
        <source>Do not require TLS.</source>
        <translation>Ne pas exiger TLS.</translation>
    </message>
    <message>
        <source>none, basicAuth or basicAuthRequireTLS.</source>
        <translation>none, basicAuth ou basicAuthRequireTLS.</translation>
    </message>
    <message>
        <source>User name for the smart host.</source>
        <translation>Nom d&apos;utilisateur pour le serveur d&apos;envoi SMTP.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Lire le mot de passe sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Maximum message size in MB (1-100).</source>
        <translation>Taille maximale des messages en Mo (1-100).</translation>
    </message>
    <message>
        <source>The connector&apos;s smart host, for the verdict.</source>
        <translation>Serveur d&apos;envoi SMTP du connecteur, pour le verdict.</translation>
    </message>
    <message>
        <source>Another name of the relay.</source>
        <translation>Autre nom du relais.</translation>
    </message>
    <message>
        <source>Application key.</source>
        <translation>Clé d&apos;application.</translation>
    </message>
    <message>
        <source>Read the application secret from standard input.</source>
        <translation>Lire le secret d&apos;application sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Read the consumer key from standard input.</source>
        <translation>Lire la clé consommateur sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>--tls and --no-tls cannot be used together.</source>
        <translation>--tls et --no-tls ne peuvent pas être utilisées ensemble.</translation>
    </message>
    <message>
        <source>At most N requests per second (0: no limit; default 20).</source>
        <translation>N requêtes par seconde au maximum (0&#xa0;: aucune limite&#xa0;; 20 par défaut).</translation>
    </message>
    <message>
        <source>--rate-limit expects 0 or more requests per second.</source>
        <translation>--rate-limit attend un nombre de requêtes par seconde égal ou supérieur à 0.</translation>
    </message>
    <message>
        <source>Give up waiting for an answer after S seconds (default 90).</source>
        <translation>Abandonner l&apos;attente d&apos;une réponse après S secondes (90 par défaut).</translation>
    </message>
    <message>
        <source>--timeout expects a number of seconds from 1 to %1.</source>
        <translation>--timeout attend un nombre de secondes entre 1 et %1.</translation>
    </message>
    <message>
        <source>Usage: smarthost-cli [--endpoint NAME|URL] [--config FILE] [--profile NAME] [--rate-limit N] [--timeout S] [--json] COMMAND …

Manage OVHcloud Exchange send connectors (SMTP smart hosts).

Commands:
  services                                  organization/service pairs with offer
  connectors ORG SVC                        all connectors with every field
  connector-add ORG SVC --name N --host H [--port P] [--tls|--no-tls]
        [--auth none|basicAuth|basicAuthRequireTLS] [--user U] [--password-stdin] [--max-size MB]
                                            waits for the task, prints the new connector
  connector-edit ORG SVC ID [--name N] [--host H] [--port P] [--tls|--no-tls] [--max-size MB]
  connector-auth ORG SVC ID --auth MECH [--user U] [--password-stdin]     waits for the task
  connector-delete ORG SVC ID                                              waits for the task
  accounts ORG SVC                          every account with its sendConnectorId
  attach ORG SVC CONNECTOR_ID EMAIL…        attach accounts to a connector
  detach ORG SVC EMAIL…                     back to the platform&apos;s outgoing server
  domains ORG SVC                           every domain with its default connector
  default-connector ORG SVC DOMAIN CONNECTOR_ID        (0 resets)
  headers FILE|- [--connector HOST] [--alias HOST]…     route and verdict of a received mail
  probe HOST [--port P] [--user U --password-stdin] [--tls|--no-tls] [--auth MECH] [--max-size MB]
                                            test an SMTP relay before using it
  login --application-key AK --application-secret-stdin --consumer-key-stdin [--profile NAME]
                                            test a key and keep it in the system keychain
  logout [--profile NAME]                   delete a saved profile and its secrets

Credentials come from OVH_* environment variables, then ./ovh.conf, ~/.ovh.conf,
/etc/ovh.conf (or --config FILE), then the system keychain (--profile NAME).
Passwords are read from standard input only, never from the command line.

--timeout S: a call that gets no usable answer fails after S seconds, retries included
(default 90); with --timeout, waiting for a task also stops after S seconds (otherwise
10 minutes). A change whose answer was lost is read back once, never sent again.

Exit status: 0 success, 1 API or network error, 2 usage error.</source>
        <translation>Utilisation&#xa0;: smarthost-cli [--endpoint NAME|URL] [--config FILE] [--profile NAME] [--rate-limit N] [--timeout S] [--json] COMMAND …

Gérer les connecteurs d&apos;envoi Exchange d&apos;OVHcloud (relais SMTP).

Commandes&#xa0;:
  services                                  paires organisation/service avec leur offre
  connectors ORG SVC                        tous les connecteurs, avec tous leurs champs
  connector-add ORG SVC --name N --host H [--port P] [--tls|--no-tls]
        [--auth none|basicAuth|basicAuthRequireTLS] [--user U] [--password-stdin] [--max-size MB]
                                            attend la fin de la tâche, affiche le nouveau connecteur
  connector-edit ORG SVC ID [--name N] [--host H] [--port P] [--tls|--no-tls] [--max-size MB]
  connector-auth ORG SVC ID --auth MECH [--user U] [--password-stdin]     attend la fin de la tâche
  connector-delete ORG SVC ID                                              attend la fin de la tâche
  accounts ORG SVC                          tous les comptes, avec leur sendConnectorId
  attach ORG SVC CONNECTOR_ID EMAIL…        attacher des comptes à un connecteur
  detach ORG SVC EMAIL…                     revenir au serveur d&apos;envoi de la plateforme
  domains ORG SVC                           tous les domaines, avec leur connecteur par défaut
  default-connector ORG SVC DOMAIN CONNECTOR_ID        (0 pour réinitialiser)
  headers FILE|- [--connector HOST] [--alias HOST]…     chemin et verdict d&apos;un e-mail reçu
  probe HOST [--port P] [--user U --password-stdin] [--tls|--no-tls] [--auth MECH] [--max-size MB]
                                            tester un relais SMTP avant de l&apos;utiliser
  login --application-key AK --application-secret-stdin --consumer-key-stdin [--profile NAME]
                                            tester une clé et la garder dans le trousseau du système
  logout [--profile NAME]                   supprimer un profil enregistré et ses secrets

Les identifiants proviennent des variables d&apos;environnement OVH_*, puis de ./ovh.conf, ~/.ovh.conf,
/etc/ovh.conf (ou --config FILE), puis du trousseau du système (--profile NAME).
Les mots de passe sont lus uniquement sur l&apos;entrée standard, jamais sur la ligne de commande.

--timeout S&#xa0;: un appel sans réponse exploitable échoue après S secondes, nouvelles tentatives
comprises (90 par défaut)&#xa0;; avec --timeout, l&apos;attente d&apos;une tâche s&apos;arrête aussi après S secondes
(sinon 10 minutes). Une modification dont la réponse s&apos;est perdue est relue une fois, jamais renvoyée.

Code de retour&#xa0;: 0 succès, 1 erreur d&apos;API ou de réseau, 2 erreur d&apos;utilisation.</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>&quot;%1&quot; is not a connector id.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant de connecteur.</translation>
    </message>
    <message>
        <source>Usage: smarthost-cli %1</source>
        <translation>Utilisation&#xa0;: smarthost-cli %1</translation>
    </message>
</context>
<context>
    <name>CliFormat</name>
    <message>
        <source>0 (platform)</source>
        <translation>0 (plateforme)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>SMARTHOST</source>
        <translation>SMARTHOST</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>AUTH</translation>
    </message>
    <message>
        <source>MAX MB</source>
        <translation>MAX MO</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>TASK</source>
        <translation>TÂCHE</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CRÉÉ</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>MODIFIÉ</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>LICENCE</source>
        <translation>LICENCE</translation>
    </message>
    <message>
        <source>SENDCONNECTORID</source>
        <translation>SENDCONNECTORID</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMAINE</translation>
    </message>
    <message>
        <source>SENDCONNECTORIDDEFAULT</source>
        <translation>SENDCONNECTORIDDEFAULT</translation>
    </message>
    <message>
        <source>task %1 (%2): %3</source>
        <translation>tâche %1 (%2)&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>  OVHcloud error code: %1</source>
        <translation>  Code d&apos;erreur OVHcloud&#xa0;: %1</translation>
    </message>
    <message>
        <source>  OVHcloud error class: %1</source>
        <translation>  Classe d&apos;erreur OVHcloud&#xa0;: %1</translation>
    </message>
    <message>
        <source>  HTTP status: %1</source>
        <translation>  Statut HTTP&#xa0;: %1</translation>
    </message>
    <message>
        <source>  Query id (for OVHcloud support): %1</source>
        <translation>  ID de requête (pour le support OVHcloud)&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Run smarthost-cli --help for the commands.</source>
        <translation>Lancez smarthost-cli --help pour voir les commandes.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run smarthost-cli --help for the commands.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;». Lancez smarthost-cli --help pour voir les commandes.</translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <source>No saved profile named &quot;%1&quot;. Saved profiles: %2</source>
        <translation>Aucun profil enregistré ne s&apos;appelle «&#xa0;%1&#xa0;». Profils enregistrés&#xa0;: %2</translation>
    </message>
    <message>
        <source>No credentials found. Set OVH_ENDPOINT, OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET and OVH_CONSUMER_KEY, write an ovh.conf, or run `smarthost-cli login`.</source>
        <translation>Aucun identifiant trouvé. Définissez OVH_ENDPOINT, OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET et OVH_CONSUMER_KEY, créez un fichier ovh.conf ou lancez `smarthost-cli login`.</translation>
    </message>
    <message>
        <source>Cannot read the profile&apos;s secrets from the %1: %2</source>
        <translation>Impossible de lire les secrets du profil dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Incomplete credentials for %1: an application key, an application secret and a consumer key (or an OAuth2 client id and secret) are needed.</source>
        <translation>Identifiants incomplets pour %1&#xa0;: il faut une clé d&apos;application, un secret d&apos;application et une clé consommateur (ou un ID client et un secret OAuth2).</translation>
    </message>
</context>
<context>
    <name>CliTaskFollower</name>
    <message>
        <source>Waiting for OVHcloud&apos;s %1</source>
        <translation>En attente d&apos;OVHcloud — %1</translation>
    </message>
    <message>
        <source>The task ended with status &quot;%1&quot;: nothing was changed or the change is incomplete; check with OVHcloud.</source>
        <translation>La tâche s&apos;est terminée avec le statut «&#xa0;%1&#xa0;»&#xa0;: rien n&apos;a été modifié ou la modification est incomplète&#xa0;; vérifiez auprès d&apos;OVHcloud.</translation>
    </message>
</context>
<context>
    <name>ConnectorActions</name>
    <message>
        <source>connector %1</source>
        <translation>connecteur %1</translation>
    </message>
</context>
<context>
    <name>ConnectorAddCommand</name>
    <message>
        <source>connector-add needs --name and --host.</source>
        <translation>connector-add nécessite --name et --host.</translation>
    </message>
    <message>
        <source>Unknown authentication &quot;%1&quot;: use none, basicAuth or basicAuthRequireTLS.</source>
        <translation>Authentification inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez none, basicAuth ou basicAuthRequireTLS.</translation>
    </message>
    <message>
        <source>%1 needs --user and --password-stdin.</source>
        <translation>%1 nécessite --user et --password-stdin.</translation>
    </message>
    <message>
        <source>--user and --password-stdin need --auth basicAuth or basicAuthRequireTLS.</source>
        <translation>--user et --password-stdin nécessitent --auth basicAuth ou basicAuthRequireTLS.</translation>
    </message>
    <message>
        <source>Waiting for OVHcloud&apos;s %1</source>
        <translation>En attente d&apos;OVHcloud — %1</translation>
    </message>
</context>
<context>
    <name>ConnectorAuthCommand</name>
    <message>
        <source>connector-auth needs --auth none, basicAuth or basicAuthRequireTLS.</source>
        <translation>connector-auth nécessite --auth none, basicAuth ou basicAuthRequireTLS.</translation>
    </message>
    <message>
        <source>Unknown authentication &quot;%1&quot;: use none, basicAuth or basicAuthRequireTLS.</source>
        <translation>Authentification inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez none, basicAuth ou basicAuthRequireTLS.</translation>
    </message>
    <message>
        <source>%1 needs --user and --password-stdin.</source>
        <translation>%1 nécessite --user et --password-stdin.</translation>
    </message>
</context>
<context>
    <name>ConnectorChooser</name>
    <message>
        <source>A connector, or a relay host to check</source>
        <translation>Un connecteur, ou un hôte de relais à vérifier</translation>
    </message>
    <message>
        <source>Send connector to check</source>
        <translation>Connecteur d&apos;envoi à vérifier</translation>
    </message>
    <message>
        <source>The send connector (or relay host) the message should have gone through. Follows the connector selected in the tree.</source>
        <translation>Le connecteur d&apos;envoi (ou l&apos;hôte de relais) par lequel le message aurait dû passer. Suit le connecteur sélectionné dans l&apos;arborescence.</translation>
    </message>
    <message>
        <source>Other names or IPs of the relay, comma separated</source>
        <translation>Autres noms ou IP du relais, séparés par des virgules</translation>
    </message>
    <message>
        <source>Other names of the relay</source>
        <translation>Autres noms du relais</translation>
    </message>
    <message>
        <source>Host names, domains or IP addresses the relay provider also uses (e.g. the hosts it hands the message to)</source>
        <translation>Noms d&apos;hôte, domaines ou adresses IP qu&apos;utilise aussi le prestataire du relais (p. ex. les hôtes auxquels il transmet le message)</translation>
    </message>
    <message>
        <source>Co&amp;nnector:</source>
        <extracomment>Label of the connector chooser in the header viewer</extracomment>
        <translation>Co&amp;nnecteur&#xa0;:</translation>
    </message>
    <message>
        <source>Also &amp;known as:</source>
        <extracomment>Label of the field for other names of the relay</extracomment>
        <translation>Autres no&amp;ms&#xa0;:</translation>
    </message>
    <message>
        <source>No connector (route only)</source>
        <extracomment>First entry of the connector chooser: analyse the route without a verdict</extracomment>
        <translation>Aucun connecteur (chemin seul)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ConnectorController</name>
    <message>
        <source>Sending the connector to OVHcloud…</source>
        <translation>Envoi du connecteur à OVHcloud…</translation>
    </message>
    <message>
        <source>OVHcloud is creating the connector (task %1: %2)…</source>
        <extracomment>%1 is OVHcloud&apos;s task id, %2 its status (Waiting, Running…).</extracomment>
        <translation>OVHcloud crée le connecteur (tâche %1&#xa0;: %2)…</translation>
    </message>
    <message>
        <source>Send connector “%1” created.</source>
        <translation>Connecteur d&apos;envoi «&#xa0;%1&#xa0;» créé.</translation>
    </message>
    <message>
        <source>The send connector “%1” was not created: %2</source>
        <translation>Le connecteur d&apos;envoi «&#xa0;%1&#xa0;» n&apos;a pas été créé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saving the changes…</source>
        <translation>Enregistrement des modifications…</translation>
    </message>
    <message>
        <source>OVHcloud refused the changes: %1</source>
        <translation>OVHcloud a refusé les modifications&#xa0;: %1</translation>
    </message>
    <message>
        <source>Send connector “%1” saved.</source>
        <translation>Connecteur d&apos;envoi «&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>Sending the new authentication to OVHcloud…</source>
        <translation>Envoi de la nouvelle authentification à OVHcloud…</translation>
    </message>
    <message>
        <source>OVHcloud refused the change: %1</source>
        <translation>OVHcloud a refusé la modification&#xa0;: %1</translation>
    </message>
    <message>
        <source>OVHcloud is changing the authentication of “%1”.</source>
        <translation>OVHcloud modifie l&apos;authentification de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Delete the send connector “%1” (%2)?</source>
        <extracomment>%1 is the connector&apos;s name, %2 its relay (host:port).</extracomment>
        <translation>Supprimer le connecteur d&apos;envoi «&#xa0;%1&#xa0;» (%2)&#xa0;?</translation>
    </message>
    <message>
        <source>No account sends through it.</source>
        <translation>Aucun compte ne l&apos;utilise pour envoyer.</translation>
    </message>
    <message numerus="yes">
        <source>Used by %n account(s). They will send through the platform&apos;s outgoing server again.</source>
        <translation>
            <numerusform>Utilisé par %n compte. Celui-ci enverra de nouveau via le serveur d&apos;envoi de la plateforme.</numerusform>
            <numerusform>Utilisé par %n comptes. Ceux-ci enverront de nouveau via le serveur d&apos;envoi de la plateforme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Send Connector</source>
        <translation>Supprimer le connecteur d&apos;envoi</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>The send connector “%1” was not deleted: %2</source>
        <translation>Le connecteur d&apos;envoi «&#xa0;%1&#xa0;» n&apos;a pas été supprimé&#xa0;: %2</translation>
    </message>
    <message>
        <source>OVHcloud is deleting “%1”.</source>
        <translation>OVHcloud supprime «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ConnectorCreator</name>
    <message>
        <source>OVHcloud&apos;s task %1 (addSendConnector) ended with status &quot;%2&quot;.</source>
        <translation>La tâche OVHcloud %1 (addSendConnector) s&apos;est terminée avec le statut «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The task finished but no new send connector named &quot;%1&quot; appeared.</source>
        <translation>La tâche est terminée, mais aucun nouveau connecteur d&apos;envoi nommé «&#xa0;%1&#xa0;» n&apos;est apparu.</translation>
    </message>
</context>
<context>
    <name>ConnectorDeleteCommand</name>
    <message>
        <source>Send connector %1 deleted; its accounts now send through the platform&apos;s outgoing server.</source>
        <translation>Connecteur d&apos;envoi %1 supprimé&#xa0;; ses comptes envoient désormais via le serveur d&apos;envoi de la plateforme.</translation>
    </message>
</context>
<context>
    <name>ConnectorDetailsPanel</name>
    <message>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Require TLS:</source>
        <translation>TLS exigé&#xa0;:</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Authentification&#xa0;:</translation>
    </message>
    <message>
        <source>Maximum message size:</source>
        <translation>Taille maximale des messages&#xa0;:</translation>
    </message>
    <message>
        <source>Accounts using it:</source>
        <translation>Comptes qui l&apos;utilisent&#xa0;:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Création&#xa0;:</translation>
    </message>
    <message>
        <source>Last updated:</source>
        <translation>Dernière modification&#xa0;:</translation>
    </message>
    <message>
        <source>Pending task:</source>
        <translation>Tâche en attente&#xa0;:</translation>
    </message>
    <message>
        <source>Connector id:</source>
        <translation>ID du connecteur&#xa0;:</translation>
    </message>
    <message>
        <source>Select a send connector to see its details.</source>
        <translation>Sélectionnez un connecteur d&apos;envoi pour afficher ses détails.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <extracomment>Maximum message size in megabytes.</extracomment>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
</context>
<context>
    <name>ConnectorDialog</name>
    <message>
        <source>Send connector</source>
        <translation>Connecteur d&apos;envoi</translation>
    </message>
    <message>
        <source>Enter the relay details your provider gave you. OVHcloud creates the connector in a task that usually takes a minute.</source>
        <translation>Saisissez les paramètres du relais fournis par votre prestataire. OVHcloud crée le connecteur au moyen d&apos;une tâche qui prend généralement une minute.</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Relais</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Nom d&apos;affichage&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Newsletter relay</source>
        <comment>Example of a send connector name</comment>
        <translation>p. ex. Relais newsletter</translation>
    </message>
    <message>
        <source>Smart &amp;host:</source>
        <translation>&amp;Serveur d&apos;envoi SMTP&#xa0;:</translation>
    </message>
    <message>
        <source>smtp-relay.example.com</source>
        <comment>Example of an SMTP relay host name</comment>
        <translation>smtp-relay.example.com</translation>
    </message>
    <message>
        <source>The SMTP relay&apos;s host name or IP address</source>
        <translation>Nom d&apos;hôte ou adresse IP du relais SMTP</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>587 is the usual submission port</source>
        <translation>587 est le port de soumission habituel</translation>
    </message>
    <message>
        <source>Require &amp;TLS</source>
        <translation>Exiger &amp;TLS</translation>
    </message>
    <message>
        <source>&quot;Basic, TLS required&quot; authentication keeps TLS on.</source>
        <translation>L&apos;authentification «&#xa0;Basique, TLS exigé&#xa0;» impose de garder TLS activé.</translation>
    </message>
    <message>
        <source>Maximum message si&amp;ze:</source>
        <translation>Ta&amp;ille maximale des messages&#xa0;:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>&amp;Mechanism:</source>
        <translation>&amp;Mécanisme&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>M&amp;ot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <comment>Show the password in clear</comment>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
    <message>
        <source>The authentication of an existing connector changes through its own OVHcloud task: use Connector ▸ Change Authentication…</source>
        <translation>L&apos;authentification d&apos;un connecteur existant se modifie au moyen d&apos;une tâche OVHcloud distincte&#xa0;: utilisez Connecteur ▸ Modifier l&apos;authentification…</translation>
    </message>
    <message>
        <source>New Send Connector</source>
        <translation>Nouveau connecteur d&apos;envoi</translation>
    </message>
    <message>
        <source>Edit Send Connector</source>
        <translation>Modifier le connecteur d&apos;envoi</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Not shown: OVHcloud never returns it</source>
        <extracomment>Placeholder of the user and password fields when editing: the API never returns them.</extracomment>
        <translation>Non affiché&#xa0;: jamais renvoyé par OVHcloud</translation>
    </message>
    <message>
        <source>New Send Connector on %1</source>
        <extracomment>Title of the new connector dialog; %1 is the Exchange service.</extracomment>
        <translation>Nouveau connecteur d&apos;envoi sur %1</translation>
    </message>
    <message>
        <source>Edit Send Connector “%1”</source>
        <translation>Modifier le connecteur d&apos;envoi «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation>Aucune modification pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>Replaces &quot;Cancel&quot; while OVHcloud works: closing does not stop the task.</extracomment>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The change goes on in the background; the task list follows it.</source>
        <translation>La modification se poursuit en arrière-plan&#xa0;; la liste des tâches en suit l&apos;avancement.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ConnectorEditCommand</name>
    <message>
        <source>The authentication cannot be edited: use connector-auth.</source>
        <translation>L&apos;authentification ne peut pas être modifiée ici&#xa0;: utilisez connector-auth.</translation>
    </message>
    <message>
        <source>Nothing to change: give at least one of --name, --host, --port, --tls, --no-tls, --max-size.</source>
        <translation>Rien à modifier&#xa0;: indiquez au moins l&apos;une des options --name, --host, --port, --tls, --no-tls, --max-size.</translation>
    </message>
</context>
<context>
    <name>ConnectorListCommand</name>
    <message>
        <source>Connector %1 could not be read:</source>
        <translation>Impossible de lire le connecteur %1&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ConnectorRules</name>
    <message>
        <source>Enter a display name.</source>
        <translation>Saisissez un nom d&apos;affichage.</translation>
    </message>
    <message>
        <source>The display name is too long (at most %1 characters).</source>
        <translation>Le nom d&apos;affichage est trop long (%1 caractères au maximum).</translation>
    </message>
    <message>
        <source>The display name contains control characters.</source>
        <translation>Le nom d&apos;affichage contient des caractères de contrôle.</translation>
    </message>
    <message>
        <source>Enter the smart host: the SMTP relay&apos;s host name or IP address.</source>
        <translation>Saisissez le serveur d&apos;envoi SMTP&#xa0;: nom d&apos;hôte ou adresse IP du relais SMTP.</translation>
    </message>
    <message>
        <source>The host name is too long (at most %1 characters).</source>
        <translation>Le nom d&apos;hôte est trop long (%1 caractères au maximum).</translation>
    </message>
    <message>
        <source>Remove the spaces around the host name.</source>
        <translation>Supprimez les espaces autour du nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>%1 is not an address a relay can have.</source>
        <translation>%1 ne peut pas être l&apos;adresse d&apos;un relais.</translation>
    </message>
    <message>
        <source>%1 is not a valid IP address.</source>
        <translation>%1 n&apos;est pas une adresse IP valide.</translation>
    </message>
    <message>
        <source>%1 is not a valid host name.</source>
        <translation>%1 n&apos;est pas un nom d&apos;hôte valide.</translation>
    </message>
    <message>
        <source>Enter the relay&apos;s full host name (for example smtp.example.com).</source>
        <translation>Saisissez le nom d&apos;hôte complet du relais (par exemple smtp.example.com).</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>Le port doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>The maximum message size must be between 1 and %1 MB.</source>
        <translation>La taille maximale des messages doit être comprise entre 1 et %1 Mo.</translation>
    </message>
    <message>
        <source>Enter the user name the relay expects.</source>
        <translation>Saisissez le nom d&apos;utilisateur attendu par le relais.</translation>
    </message>
    <message>
        <source>Enter the password the relay expects.</source>
        <translation>Saisissez le mot de passe attendu par le relais.</translation>
    </message>
    <message>
        <source>The user name or password is too long (at most %1 characters).</source>
        <translation>Le nom d&apos;utilisateur ou le mot de passe est trop long (%1 caractères au maximum).</translation>
    </message>
    <message>
        <source>basicAuthRequireTLS needs TLS: turn requireTLS on.</source>
        <translation>basicAuthRequireTLS nécessite TLS&#xa0;: activez requireTLS.</translation>
    </message>
</context>
<context>
    <name>ConsumerKeyRequest</name>
    <message>
        <source>OVHcloud answered without a consumer key or validation URL.</source>
        <translation>OVHcloud a répondu sans clé consommateur ni URL de validation.</translation>
    </message>
    <message>
        <source>Stopped waiting for the validation.</source>
        <translation>Attente de la validation interrompue.</translation>
    </message>
    <message>
        <source>The consumer key was not validated in time; start again to get a new one.</source>
        <translation>La clé consommateur n&apos;a pas été validée à temps&#xa0;; recommencez pour en obtenir une nouvelle.</translation>
    </message>
</context>
<context>
    <name>CredentialCheck</name>
    <message>
        <source>OVHcloud does not know this application key: check it, and the region.</source>
        <translation>OVHcloud ne connaît pas cette clé d&apos;application&#xa0;: vérifiez-la, ainsi que la région.</translation>
    </message>
    <message>
        <source>The application secret does not match the application key.</source>
        <translation>Le secret d&apos;application ne correspond pas à la clé d&apos;application.</translation>
    </message>
    <message>
        <source>The consumer key was refused: it does not exist, was revoked or has expired. Create a new one.</source>
        <translation>La clé consommateur a été refusée&#xa0;: elle n&apos;existe pas, a été révoquée ou a expiré. Créez-en une nouvelle.</translation>
    </message>
    <message>
        <source>The consumer key has not been validated yet: open its validation page and log in to your OVHcloud account.</source>
        <translation>La clé consommateur n&apos;a pas encore été validée&#xa0;: ouvrez sa page de validation et connectez-vous à votre compte OVHcloud.</translation>
    </message>
    <message>
        <source>The consumer key lacks the rights Smarthost needs: GET, POST, PUT and DELETE on /email/exchange/*.</source>
        <translation>La clé consommateur n&apos;a pas les droits nécessaires à Smarthost&#xa0;: GET, POST, PUT et DELETE sur /email/exchange/*.</translation>
    </message>
    <message>
        <source>The request timestamp was refused even after adjusting to OVHcloud&apos;s clock.</source>
        <translation>L&apos;horodatage de la requête a été refusé, même après ajustement sur l&apos;horloge d&apos;OVHcloud.</translation>
    </message>
    <message>
        <source>The OVHcloud API cannot be reached.</source>
        <translation>L&apos;API OVHcloud est injoignable.</translation>
    </message>
    <message>
        <source>The API refused the credentials.</source>
        <translation>L&apos;API a refusé les identifiants.</translation>
    </message>
    <message>
        <source>%1 (OVHcloud said: %2)</source>
        <translation>%1 (réponse d&apos;OVHcloud&#xa0;: %2)</translation>
    </message>
    <message>
        <source>The key works, but this account has no Exchange platform.</source>
        <translation>La clé fonctionne, mais ce compte n&apos;a aucune plateforme Exchange.</translation>
    </message>
    <message numerus="yes">
        <source>The key works: %n Exchange organization(s) found.</source>
        <translation>
            <numerusform>La clé fonctionne&#xa0;: %n organisation Exchange trouvée.</numerusform>
            <numerusform>La clé fonctionne&#xa0;: %n organisations Exchange trouvées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) off OVHcloud&apos;s; Smarthost compensates, but other tools may fail.</source>
        <translation>
            <numerusform>L&apos;horloge de cet ordinateur est décalée de %n minute par rapport à celle d&apos;OVHcloud&#xa0;; Smarthost compense ce décalage, mais d&apos;autres outils risquent d&apos;échouer.</numerusform>
            <numerusform>L&apos;horloge de cet ordinateur est décalée de %n minutes par rapport à celle d&apos;OVHcloud&#xa0;; Smarthost compense ce décalage, mais d&apos;autres outils risquent d&apos;échouer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The consumer key&apos;s status is &quot;%1&quot;.</source>
        <translation>Le statut de la clé consommateur est «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The consumer key has expired. Create a new one (choose an unlimited validity on the validation page to keep it).</source>
        <translation>La clé consommateur a expiré. Créez-en une nouvelle (choisissez une validité illimitée sur la page de validation pour la conserver).</translation>
    </message>
    <message>
        <source>The consumer key was refused on its validation page. Create a new one and allow the access this time.</source>
        <translation>La clé consommateur a été refusée sur sa page de validation. Créez-en une nouvelle et autorisez l&apos;accès cette fois.</translation>
    </message>
</context>
<context>
    <name>DefaultConnectorCommand</name>
    <message>
        <source>New accounts of %1 will send through the platform&apos;s outgoing server; existing accounts keep their connector.</source>
        <translation>Les nouveaux comptes de %1 enverront via le serveur d&apos;envoi de la plateforme&#xa0;; les comptes existants conservent leur connecteur.</translation>
    </message>
    <message>
        <source>New accounts of %1 will use connector %2; existing accounts keep their connector.</source>
        <translation>Les nouveaux comptes de %1 utiliseront le connecteur %2&#xa0;; les comptes existants conservent leur connecteur.</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>None</source>
        <extracomment>Send connector authentication: the relay accepts mail without a login.</extracomment>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Basic (user and password)</source>
        <extracomment>Send connector authentication: user name and password (API value basicAuth).</extracomment>
        <translation>Basique (utilisateur et mot de passe)</translation>
    </message>
    <message>
        <source>Basic, TLS required</source>
        <extracomment>Send connector authentication: user name and password, only over TLS (API value basicAuthRequireTLS).</extracomment>
        <translation>Basique, TLS exigé</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Migrating</source>
        <extracomment>State of a send connector while OVHcloud moves it internally.</extracomment>
        <translation>Migration</translation>
    </message>
    <message>
        <source>OK</source>
        <extracomment>State of a send connector that works normally.</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Reopening</source>
        <translation>Réouverture</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Suspending</source>
        <translation>Suspension</translation>
    </message>
    <message>
        <source>Waiting</source>
        <extracomment>Status of an OVHcloud task that has not started yet.</extracomment>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Private Exchange</source>
        <extracomment>Exchange offer &quot;dedicated&quot; (Private Exchange).</extracomment>
        <translation>Private Exchange</translation>
    </message>
    <message>
        <source>Trusted Exchange</source>
        <extracomment>Exchange offer &quot;dedicatedCluster&quot; (Trusted Exchange).</extracomment>
        <translation>Trusted Exchange</translation>
    </message>
    <message>
        <source>Hosted Exchange</source>
        <extracomment>Exchange offer &quot;hosted&quot; (shared platform).</extracomment>
        <translation>Hosted Exchange</translation>
    </message>
    <message>
        <source>Provider Exchange</source>
        <extracomment>Exchange offer &quot;provider&quot; (shared platform sold by a reseller).</extracomment>
        <translation>Provider Exchange</translation>
    </message>
    <message>
        <source>In maintenance</source>
        <translation>En maintenance</translation>
    </message>
    <message>
        <source>Basic</source>
        <extracomment>Exchange account licence.</extracomment>
        <translation>Basic</translation>
    </message>
    <message>
        <source>Standard</source>
        <extracomment>Exchange account licence.</extracomment>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <extracomment>Exchange account licence.</extracomment>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Platform outgoing server</source>
        <extracomment>Where accounts without a send connector send from: the Exchange platform&apos;s own server.</extracomment>
        <translation>Serveur d&apos;envoi de la plateforme</translation>
    </message>
    <message>
        <source>Platform server</source>
        <extracomment>Table cell: the account sends through the platform&apos;s own outgoing server.</extracomment>
        <translation>Serveur de la plateforme</translation>
    </message>
    <message>
        <source>Never</source>
        <extracomment>A date that has no value (e.g. a connector that was never updated).</extracomment>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Send connectors are meant for Private and Trusted Exchange. OVHcloud may disable a connector added to this service at any time.</source>
        <translation>Les connecteurs d&apos;envoi sont réservés aux offres Private Exchange et Trusted Exchange. OVHcloud peut désactiver à tout moment un connecteur ajouté à ce service.</translation>
    </message>
</context>
<context>
    <name>DomainListCommand</name>
    <message>
        <source>Domain %1 could not be read:</source>
        <translation>Impossible de lire le domaine %1&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>Unknown endpoint &quot;%1&quot;: use %2 or an https:// URL.</source>
        <translation>Point d&apos;accès inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez %2 ou une URL https://.</translation>
    </message>
    <message>
        <source>Refusing plain http:// for %1: only loopback addresses may use it. Use https://.</source>
        <translation>http:// non chiffré refusé pour %1&#xa0;: seules les adresses de bouclage (loopback) peuvent l&apos;utiliser. Utilisez https://.</translation>
    </message>
    <message>
        <source>The endpoint URL must not have a query or fragment: %1</source>
        <translation>L&apos;URL du point d&apos;accès ne doit contenir ni requête ni fragment&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ExchangeApi</name>
    <message>
        <source>expected a list of names</source>
        <translation>liste de noms attendue</translation>
    </message>
    <message>
        <source>expected a list of ids</source>
        <translation>liste d&apos;identifiants attendue</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>objet JSON attendu</translation>
    </message>
    <message>
        <source>The API answered with malformed JSON: %1</source>
        <translation>L&apos;API a répondu avec du JSON mal formé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unexpected answer from the API: %1</source>
        <translation>Réponse inattendue de l&apos;API&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>FaultRule</name>
    <message>
        <source>Fault &quot;%1&quot;: the rate must be a number from 0 to 1.</source>
        <translation>Panne «&#xa0;%1&#xa0;»&#xa0;: le taux doit être un nombre compris entre 0 et 1.</translation>
    </message>
    <message>
        <source>Fault &quot;%1&quot;: unknown kind; use one of %2.</source>
        <translation>Panne «&#xa0;%1&#xa0;»&#xa0;: type inconnu&#xa0;; utilisez l&apos;un des types suivants&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Fault &quot;%1&quot;: invalid regular expression: %2</source>
        <translation>Panne «&#xa0;%1&#xa0;»&#xa0;: expression régulière non valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>Fault &quot;%1&quot;: expected METHOD:REGEX:KIND[:RATE[:COUNT]].</source>
        <translation>Panne «&#xa0;%1&#xa0;»&#xa0;: format attendu METHOD:REGEX:KIND[:RATE[:COUNT]].</translation>
    </message>
    <message>
        <source>Fault &quot;%1&quot;: the count must be a whole number of 1 or more.</source>
        <translation>Panne «&#xa0;%1&#xa0;»&#xa0;: le nombre doit être un entier supérieur ou égal à 1.</translation>
    </message>
</context>
<context>
    <name>HeaderAnalyzer</name>
    <message>
        <source>The input is larger than 1 MB (%1 characters). Paste only the message header.</source>
        <extracomment>%1 is the size of the pasted text</extracomment>
        <translation>Le texte dépasse 1 Mo (%1 caractères). Collez uniquement l&apos;en-tête du message.</translation>
    </message>
    <message>
        <source>No e-mail header found. Paste the header of the message, starting with its first line (usually Return-Path: or Received:).</source>
        <translation>Aucun en-tête d&apos;e-mail trouvé. Collez l&apos;en-tête du message à partir de sa première ligne (généralement Return-Path: ou Received:).</translation>
    </message>
    <message>
        <source>The input is larger than 1 MB (%1 bytes). Paste only the message header.</source>
        <extracomment>%1 is the size of the input in bytes</extracomment>
        <translation>Les données dépassent 1 Mo (%1 octets). Collez uniquement l&apos;en-tête du message.</translation>
    </message>
</context>
<context>
    <name>HeaderDisplayText</name>
    <message>
        <source>%1 %2</source>
        <extracomment>Date and time in a table cell: %1 the date, %2 the time</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <extracomment>Full local date and time: %1 the date, %2 the time, %3 the time zone (UTC+01:00)</extracomment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>Total transit time of a message, when it cannot be computed</extracomment>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 (from the Date header to the last hop)</source>
        <extracomment>%1 is a duration</extracomment>
        <translation>%1 (de l&apos;en-tête Date au dernier saut)</translation>
    </message>
    <message>
        <source>%1 (from the first to the last hop)</source>
        <translation>%1 (du premier au dernier saut)</translation>
    </message>
</context>
<context>
    <name>HeaderFileReader</name>
    <message>
        <source>Could not open “%1”: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>Impossible d&apos;ouvrir «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is %2: the header viewer reads at most 1 MB, and no complete message header ends within it. Open the header alone, or paste it.</source>
        <extracomment>%1 a file name, %2 its size (&quot;3.2 MB&quot;)</extracomment>
        <translation>«&#xa0;%1&#xa0;» fait %2&#xa0;: la visionneuse d&apos;en-têtes lit 1 Mo au maximum, et aucun en-tête de message complet ne s&apos;y termine. Ouvrez l&apos;en-tête seul, ou collez-le.</translation>
    </message>
    <message>
        <source>“%1” is %2: only its header (up to the first empty line) was read.</source>
        <extracomment>%1 a file name, %2 its size (&quot;3.2 MB&quot;)</extracomment>
        <translation>«&#xa0;%1&#xa0;» fait %2&#xa0;: seul son en-tête (jusqu&apos;à la première ligne vide) a été lu.</translation>
    </message>
</context>
<context>
    <name>HeaderReportText</name>
    <message>
        <source>%1 s</source>
        <extracomment>Duration in seconds</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>Duration in minutes and seconds</extracomment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>Duration in hours and minutes</extracomment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 (from the Date header to the last hop)</source>
        <translation>%1 (de l&apos;en-tête Date au dernier saut)</translation>
    </message>
    <message>
        <source>%1 (from the first to the last hop)</source>
        <translation>%1 (du premier au dernier saut)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Message-ID</source>
        <translation>Message-ID</translation>
    </message>
    <message>
        <source>Transit</source>
        <translation>Transit</translation>
    </message>
    <message>
        <source>Hop</source>
        <translation>Saut</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 host, %2 header name</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n ARC set(s)</source>
        <translation>
            <numerusform>%n jeu ARC</numerusform>
            <numerusform>%n jeux ARC</numerusform>
        </translation>
    </message>
    <message>
        <source>No authentication result in the headers.</source>
        <translation>Aucun résultat d&apos;authentification dans les en-têtes.</translation>
    </message>
    <message>
        <source>hop %1</source>
        <translation>saut %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message numerus="yes">
        <source>Hops, oldest first (%n hop(s))</source>
        <extracomment>%n is the number of Received headers</extracomment>
        <translation>
            <numerusform>Sauts, du plus ancien au plus récent (%n saut)</numerusform>
            <numerusform>Sauts, du plus ancien au plus récent (%n sauts)</numerusform>
        </translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>Send connector</source>
        <translation>Connecteur d&apos;envoi</translation>
    </message>
    <message>
        <source>Send connector %1</source>
        <translation>Connecteur d&apos;envoi %1</translation>
    </message>
</context>
<context>
    <name>HeaderSummaryView</name>
    <message>
        <source>Subject:</source>
        <translation>Objet&#xa0;:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De&#xa0;:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À&#xa0;:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <source>Message-ID</source>
        <translation>Message-ID</translation>
    </message>
    <message>
        <source>Message-ID:</source>
        <translation>Message-ID&#xa0;:</translation>
    </message>
    <message>
        <source>Transit:</source>
        <translation>Transit&#xa0;:</translation>
    </message>
    <message>
        <source>Authentication results</source>
        <translation>Résultats d&apos;authentification</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Authentification&#xa0;:</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>Shown for a summary field the header does not have</extracomment>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1
(your time: %2)</source>
        <extracomment>%1 the Date header as written, %2 the same in the user&apos;s time zone</extracomment>
        <translation>%1
(votre heure locale&#xa0;: %2)</translation>
    </message>
    <message>
        <source>The paste came from a web page: HTML markup and entities (&amp;lt; &amp;gt; &amp;amp;) were decoded.</source>
        <translation>Le texte collé provient d&apos;une page web&#xa0;: le balisage HTML et les entités (&amp;lt; &amp;gt; &amp;amp;) ont été décodés.</translation>
    </message>
</context>
<context>
    <name>HeaderViewerPane</name>
    <message>
        <source>Header viewer</source>
        <translation>Visionneuse d&apos;en-têtes</translation>
    </message>
    <message>
        <source>Analyse</source>
        <extracomment>Runs the header analysis</extracomment>
        <translation>Analyser</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Message header</source>
        <translation>En-tête du message</translation>
    </message>
    <message>
        <source>Paste the header of a received message here (or the whole message), drop a .eml or .txt file, or use Open…</source>
        <translation>Collez ici l&apos;en-tête d&apos;un message reçu (ou le message entier), déposez un fichier .eml ou .txt, ou utilisez Ouvrir…</translation>
    </message>
    <message>
        <source>Open a .eml or .txt file (%1)</source>
        <translation>Ouvrir un fichier .eml ou .txt (%1)</translation>
    </message>
    <message>
        <source>Clear</source>
        <extracomment>Empties the paste area and the results</extracomment>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copier le rapport</translation>
    </message>
    <message>
        <source>Copy the analysis as text: summary, hops, authentication and verdict</source>
        <translation>Copier l&apos;analyse au format texte&#xa0;: résumé, sauts, authentification et verdict</translation>
    </message>
    <message>
        <source>Analyse the header now (%1); it also runs by itself after each change</source>
        <translation>Analyser l&apos;en-tête maintenant (%1)&#xa0;; l&apos;analyse se relance aussi d&apos;elle-même après chaque modification</translation>
    </message>
    <message>
        <source>All headers, in order</source>
        <translation>Tous les en-têtes, dans l&apos;ordre</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Open a Message or Header</source>
        <translation>Ouvrir un message ou un en-tête</translation>
    </message>
    <message>
        <source>Messages and headers (*.eml *.txt *.hdr);;All files (*)</source>
        <extracomment>File dialog filter; keep the patterns in parentheses as they are</extracomment>
        <translation>Messages et en-têtes (*.eml *.txt *.hdr);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No analysis</source>
        <translation>Aucune analyse</translation>
    </message>
    <message>
        <source>See the message under the header.</source>
        <translation>Consultez le message affiché sous l&apos;en-tête.</translation>
    </message>
    <message numerus="yes">
        <source>Hops (%n)</source>
        <extracomment>Tab of the header viewer: %n is the number of hops</extracomment>
        <translation>
            <numerusform>Sauts (%n)</numerusform>
            <numerusform>Sauts (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All headers (%n)</source>
        <extracomment>Tab of the header viewer: %n is the number of header fields</extracomment>
        <translation>
            <numerusform>Tous les en-têtes (%n)</numerusform>
            <numerusform>Tous les en-têtes (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste the header of a received message to see its route.</source>
        <translation>Collez l&apos;en-tête d&apos;un message reçu pour afficher son chemin.</translation>
    </message>
    <message>
        <source>Send a test message from an account that uses the connector, then paste the header of the received message here.</source>
        <translation>Envoyez un message de test depuis un compte qui utilise le connecteur, puis collez ici l&apos;en-tête du message reçu.</translation>
    </message>
    <message>
        <source>Hops</source>
        <extracomment>Tab of the header viewer, before any analysis</extracomment>
        <translation>Sauts</translation>
    </message>
    <message>
        <source>All headers</source>
        <translation>Tous les en-têtes</translation>
    </message>
</context>
<context>
    <name>HeadersCommand</name>
    <message>
        <source>Usage: smarthost-cli headers FILE|- [--connector HOST] [--alias HOST]… [--json]</source>
        <translation>Utilisation&#xa0;: smarthost-cli headers FILE|- [--connector HOST] [--alias HOST]… [--json]</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is empty: paste or save the received mail&apos;s headers first.</source>
        <translation>%1 est vide&#xa0;: collez ou enregistrez d&apos;abord les en-têtes de l&apos;e-mail reçu.</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save the history as a CSV file</source>
        <translation>Enregistrer l&apos;historique dans un fichier CSV</translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>Exporter l&apos;historique</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>HistoryEntry</name>
    <message>
        <source>Attach</source>
        <extracomment>History: accounts were attached to a send connector.</extracomment>
        <translation>Attacher</translation>
    </message>
    <message>
        <source>Detach</source>
        <extracomment>History: accounts were detached (back to the platform&apos;s outgoing server).</extracomment>
        <translation>Détacher</translation>
    </message>
    <message>
        <source>Create connector</source>
        <translation>Créer un connecteur</translation>
    </message>
    <message>
        <source>Edit connector</source>
        <translation>Modifier un connecteur</translation>
    </message>
    <message>
        <source>Delete connector</source>
        <translation>Supprimer un connecteur</translation>
    </message>
    <message>
        <source>Change authentication</source>
        <translation>Modifier l&apos;authentification</translation>
    </message>
    <message>
        <source>Default connector</source>
        <extracomment>History: the default connector of a domain&apos;s new accounts changed.</extracomment>
        <translation>Connecteur par défaut</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>What</source>
        <extracomment>Column of the change history: what was done (attach, detach, create…).</extracomment>
        <translation>Action</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Query ID</source>
        <translation>ID de requête</translation>
    </message>
</context>
<context>
    <name>HopFlags</name>
    <message>
        <source>The connection was encrypted (TLS).</source>
        <translation>La connexion était chiffrée (TLS).</translation>
    </message>
    <message>
        <source>The sending client was authenticated.</source>
        <translation>Le client expéditeur était authentifié.</translation>
    </message>
    <message>
        <source>Local hop: loopback connection or submission on the same machine.</source>
        <translation>Saut local&#xa0;: connexion de bouclage (loopback) ou soumission sur la même machine.</translation>
    </message>
    <message>
        <source>Final delivery to the mailbox over LMTP.</source>
        <translation>Remise finale dans la boîte aux lettres via LMTP.</translation>
    </message>
    <message>
        <source>Submitted over HTTP (webmail or web API).</source>
        <translation>Soumis via HTTP (webmail ou API web).</translation>
    </message>
    <message>
        <source>The connecting IP address is not a valid address; it is shown as written.</source>
        <translation>L&apos;adresse IP de connexion n&apos;est pas une adresse valide&#xa0;; elle est affichée telle quelle.</translation>
    </message>
    <message>
        <source>The date has no time zone; it was read as UTC.</source>
        <extracomment>The date in a Received header had no time zone</extracomment>
        <translation>La date n&apos;a pas de fuseau horaire&#xa0;; elle a été lue en UTC.</translation>
    </message>
    <message>
        <source>This hop has no date.</source>
        <translation>Ce saut n&apos;a pas de date.</translation>
    </message>
    <message>
        <source>The date of this hop could not be read.</source>
        <translation>La date de ce saut n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>Dated before the previous hop: one of the two servers has a wrong clock.</source>
        <translation>Daté d&apos;avant le saut précédent&#xa0;: l&apos;horloge de l&apos;un des deux serveurs est déréglée.</translation>
    </message>
    <message>
        <source>Part of this header could not be read; it is kept as written.</source>
        <translation>Une partie de cet en-tête n&apos;a pas pu être lue&#xa0;; elle est conservée telle quelle.</translation>
    </message>
</context>
<context>
    <name>HopTableModel</name>
    <message>
        <source>no date</source>
        <extracomment>Time column of a hop whose date could not be read or is missing</extracomment>
        <translation>sans date</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>Hop %1 (1 = the oldest Received header)</source>
        <translation>Saut %1 (1 = l&apos;en-tête Received le plus ancien)</translation>
    </message>
    <message>
        <source>This hop proves that the message went through the connector.</source>
        <translation>Ce saut prouve que le message est passé par le connecteur.</translation>
    </message>
    <message>
        <source>As written: %1</source>
        <translation>Texte brut&#xa0;: %1</translation>
    </message>
    <message>
        <source>No from clause: the server recorded no sender.</source>
        <translation>Aucune clause from&#xa0;: le serveur n&apos;a enregistré aucun expéditeur.</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>De&#xa0;: %1</translation>
    </message>
    <message>
        <source>Announced name (HELO): %1</source>
        <extracomment>HELO/EHLO is the name the sending server announced</extracomment>
        <translation>Nom annoncé (HELO)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reverse DNS: %1</source>
        <translation>DNS inverse&#xa0;: %1</translation>
    </message>
    <message>
        <source>IP address: %1</source>
        <translation>Adresse IP&#xa0;: %1</translation>
    </message>
    <message>
        <source>Invalid IP address (as written): %1</source>
        <translation>Adresse IP non valide (texte brut)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Commentaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>By: %1</source>
        <translation>Par&#xa0;: %1</translation>
    </message>
    <message>
        <source>Via: %1</source>
        <translation>Via&#xa0;: %1</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>ID&#xa0;: %1</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Pour&#xa0;: %1</translation>
    </message>
    <message>
        <source>With: %1</source>
        <translation>Avec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your local time: %1</source>
        <translation>Votre heure locale&#xa0;: %1</translation>
    </message>
    <message>
        <source>No date in this header.</source>
        <translation>Aucune date dans cet en-tête.</translation>
    </message>
    <message>
        <source>Time zone of the server: %1</source>
        <translation>Fuseau horaire du serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The first hop has no previous hop to measure from.</source>
        <translation>Le premier saut n&apos;a pas de saut précédent à partir duquel mesurer le délai.</translation>
    </message>
    <message>
        <source>No delay: this hop or the ones before have no date.</source>
        <translation>Aucun délai&#xa0;: ce saut ou les précédents n&apos;ont pas de date.</translation>
    </message>
    <message>
        <source>%1 after the previous dated hop: %2% of the total delay</source>
        <extracomment>%1 a duration, %2 a percentage</extracomment>
        <translation>%1 après le précédent saut daté&#xa0;: %2&#xa0;% du délai total</translation>
    </message>
    <message>
        <source>%1 after the previous dated hop</source>
        <translation>%1 après le précédent saut daté</translation>
    </message>
    <message>
        <source>Hop</source>
        <extracomment>Column of the hop table: the hop number, 1 = oldest</extracomment>
        <translation>Saut</translation>
    </message>
    <message>
        <source>From</source>
        <extracomment>Column of the hop table: the server that sent the message</extracomment>
        <translation>De</translation>
    </message>
    <message>
        <source>By</source>
        <extracomment>Column of the hop table: the server that received the message</extracomment>
        <translation>Par</translation>
    </message>
    <message>
        <source>With</source>
        <extracomment>Column of the hop table: the protocol (ESMTPS, LMTP…)</extracomment>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>Hop number: 1 is the oldest (bottom-most) Received header</source>
        <translation>Numéro du saut&#xa0;: 1 correspond à l&apos;en-tête Received le plus ancien (le plus bas)</translation>
    </message>
    <message>
        <source>The server that handed the message over, as the receiving server saw it</source>
        <translation>Le serveur qui a transmis le message, tel que le serveur de réception l&apos;a vu</translation>
    </message>
    <message>
        <source>The server that received the message and wrote the Received header</source>
        <translation>Le serveur qui a reçu le message et écrit l&apos;en-tête Received</translation>
    </message>
    <message>
        <source>The protocol of the hop</source>
        <translation>Le protocole du saut</translation>
    </message>
    <message>
        <source>When the server received the message, in your local time</source>
        <translation>Moment où le serveur a reçu le message, à votre heure locale</translation>
    </message>
    <message>
        <source>Time since the previous hop; the bar shows its share of the total delay</source>
        <translation>Temps écoulé depuis le saut précédent&#xa0;; la barre indique sa part du délai total</translation>
    </message>
</context>
<context>
    <name>HopTableView</name>
    <message>
        <source>Hops, oldest first</source>
        <translation>Sauts, du plus ancien au plus récent</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>%1: field %2: %3</source>
        <translation>%1&#xa0;: champ %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>texte attendu</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>nombre entier attendu</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true ou false attendu</translation>
    </message>
    <message>
        <source>not a date: %1</source>
        <translation>n&apos;est pas une date&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <source>number out of range: %1</source>
        <translation>nombre hors limites&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>system keychain</source>
        <translation>le trousseau du système</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <extracomment>View menu: the submenu that chooses the interface language.</extracomment>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System Default (%1)</source>
        <extracomment>View → Language: follow the language of the operating system.</extracomment>
        <translation>Langue du système (%1)</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>Manage the SMTP send connectors of OVHcloud Private and Trusted Exchange.</source>
        <translation>Gérer les connecteurs d&apos;envoi SMTP des plateformes Private Exchange et Trusted Exchange d&apos;OVHcloud.</translation>
    </message>
    <message>
        <source>Work on simulated data: no account or network needed.</source>
        <translation>Travailler sur des données simulées&#xa0;: ni compte ni réseau nécessaires.</translation>
    </message>
    <message>
        <source>Wait until the first load is finished, save the window to FILE (PNG) and exit.</source>
        <translation>Attendre la fin du premier chargement, enregistrer la fenêtre dans FICHIER (PNG) et quitter.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Use language LANG (e.g. fr).</source>
        <translation>Utiliser la langue LANGUE (p. ex. fr).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <source>Use the saved profile NAME.</source>
        <translation>Utiliser le profil enregistré NOM.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>VUE</translation>
    </message>
    <message>
        <source>Give up after SECONDS.</source>
        <translation>Abandonner au bout de SECONDES.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <source>Generated accounts in the demo (default 12).</source>
        <translation>Comptes générés dans la démo (12 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>--lang expects a language code such as fr or pt_BR, not &quot;%1&quot;.</source>
        <translation>--lang attend un code de langue tel que fr ou pt_BR, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--screenshot-timeout expects a number of seconds.</source>
        <translation>--screenshot-timeout attend un nombre de secondes.</translation>
    </message>
    <message>
        <source>--demo-accounts expects a number between 0 and 20000.</source>
        <translation>--demo-accounts attend un nombre compris entre 0 et 20000.</translation>
    </message>
    <message>
        <source>A received message (.eml) or a header saved as text, to open in the header viewer.</source>
        <translation>Un message reçu (.eml) ou un en-tête enregistré en texte, à ouvrir dans la visionneuse d&apos;en-têtes.</translation>
    </message>
    <message>
        <source>[MESSAGE]</source>
        <translation>[MESSAGE]</translation>
    </message>
    <message>
        <source>What --screenshot grabs: main, new-connector, edit-connector, change-authentication or header-viewer.</source>
        <translation>Ce que --screenshot capture&#xa0;: main, new-connector, edit-connector, change-authentication ou header-viewer.</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>The demo simulator could not start: %1</source>
        <translation>Le simulateur de démonstration n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>simulator at %1</source>
        <extracomment>Status bar: the endpoint in demo mode; %1 is the simulator&apos;s local URL.</extracomment>
        <translation>simulateur sur %1</translation>
    </message>
    <message>
        <source>demo</source>
        <extracomment>Status bar: the profile in demo mode.</extracomment>
        <translation>démo</translation>
    </message>
    <message>
        <source>environment or ovh.conf</source>
        <extracomment>Status bar: the credentials come from OVH_* variables or an ovh.conf file.</extracomment>
        <translation>environnement ou ovh.conf</translation>
    </message>
    <message>
        <source>There is no saved profile named &quot;%1&quot;.</source>
        <translation>Aucun profil enregistré ne s&apos;appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The profile&apos;s secrets could not be read from the %1: %2</source>
        <translation>Les secrets du profil n&apos;ont pas pu être lus dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Unknown --screenshot-of &quot;%1&quot;.</source>
        <translation>Valeur de --screenshot-of inconnue&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Smarthost found no OVHcloud credentials.</source>
        <translation>Smarthost n&apos;a trouvé aucun identifiant OVHcloud.</translation>
    </message>
    <message>
        <source>Set OVH_ENDPOINT, OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET and OVH_CONSUMER_KEY, write an ovh.conf file, or save a profile with `smarthost-cli login`. To look around first, start `smarthost --demo`.</source>
        <translation>Définissez OVH_ENDPOINT, OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET et OVH_CONSUMER_KEY, créez un fichier ovh.conf ou enregistrez un profil avec `smarthost-cli login`. Pour découvrir l&apos;application d&apos;abord, lancez `smarthost --demo`.</translation>
    </message>
    <message>
        <source>Smarthost</source>
        <translation>Smarthost</translation>
    </message>
    <message>
        <source>Open the &amp;Demo</source>
        <translation>Ouvrir la &amp;démo</translation>
    </message>
    <message>
        <source>The credentials for %1 are incomplete: an application key, an application secret and a consumer key (or an OAuth2 client id and secret) are needed.</source>
        <translation>Les identifiants pour %1 sont incomplets&#xa0;: il faut une clé d&apos;application, un secret d&apos;application et une clé consommateur (ou un ID client et un secret OAuth2).</translation>
    </message>
    <message>
        <source>You signed out of the profile &quot;%1&quot;; its secrets were deleted from the keychain.</source>
        <translation>Vous vous êtes déconnecté du profil «&#xa0;%1&#xa0;»&#xa0;; ses secrets ont été supprimés du trousseau.</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>OVHcloud refused the keys in use (%1). Sign in again: what Smarthost was doing goes on afterwards.</source>
        <translation>OVHcloud a refusé les clés utilisées (%1). Connectez-vous à nouveau&#xa0;: ce que Smarthost était en train de faire reprendra ensuite.</translation>
    </message>
</context>
<context>
    <name>LoadingProgressLabel</name>
    <message numerus="yes">
        <source>%1 / %Ln account(s)</source>
        <extracomment>Status bar while a service&apos;s accounts load: %1 read so far out of %Ln, e.g. &quot;3,000 / 10,000 accounts&quot;.</extracomment>
        <translation>
            <numerusform>%1 / %Ln compte</numerusform>
            <numerusform>%1 / %Ln comptes</numerusform>
        </translation>
    </message>
    <message>
        <source>Accounts read so far from OVHcloud</source>
        <translation>Comptes lus jusqu&apos;ici depuis OVHcloud</translation>
    </message>
</context>
<context>
    <name>LoginCommand</name>
    <message>
        <source>Usage: smarthost-cli login [--endpoint NAME|URL] --application-key AK --application-secret-stdin --consumer-key-stdin [--profile NAME]
The application secret and the consumer key are read from standard input, one per line.</source>
        <translation>Utilisation&#xa0;: smarthost-cli login [--endpoint NAME|URL] --application-key AK --application-secret-stdin --consumer-key-stdin [--profile NAME]
Le secret d&apos;application et la clé consommateur sont lus sur l&apos;entrée standard, une valeur par ligne.</translation>
    </message>
    <message>
        <source>Standard input must hold the application secret, then the consumer key, one per line.</source>
        <translation>L&apos;entrée standard doit contenir le secret d&apos;application, puis la clé consommateur, une valeur par ligne.</translation>
    </message>
    <message>
        <source>The secrets could not be saved in the %1: %2
Nothing was saved; use OVH_* environment variables or an ovh.conf file instead.</source>
        <translation>Les secrets n&apos;ont pas pu être enregistrés dans %1&#xa0;: %2
Rien n&apos;a été enregistré&#xa0;; utilisez plutôt les variables d&apos;environnement OVH_* ou un fichier ovh.conf.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved; its secrets are in the %2.</source>
        <translation>Profil «&#xa0;%1&#xa0;» enregistré&#xa0;; ses secrets sont stockés dans %2.</translation>
    </message>
</context>
<context>
    <name>LogoutCommand</name>
    <message>
        <source>No saved profile named &quot;%1&quot;.</source>
        <translation>Aucun profil enregistré ne s&apos;appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The secrets could not be deleted from the %1: %2</source>
        <translation>Les secrets stockés dans %1 n&apos;ont pas pu être supprimés&#xa0;: %2</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; deleted, with its secrets.</source>
        <translation>Profil «&#xa0;%1&#xa0;» supprimé, ainsi que ses secrets.</translation>
    </message>
</context>
<context>
    <name>LostAnswer</name>
    <message>
        <source>The change was accepted; only reading it back failed: refresh to see it.</source>
        <translation>La modification a été acceptée&#xa0;; seule sa relecture a échoué&#xa0;: actualisez pour la voir.</translation>
    </message>
    <message>
        <source>Nothing was sent again.</source>
        <translation>Rien n&apos;a été renvoyé.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Send Connectors (Demo)</source>
        <translation>Connecteurs d&apos;envoi (démo)</translation>
    </message>
    <message>
        <source>Send Connectors</source>
        <translation>Connecteurs d&apos;envoi</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode&lt;/b&gt; — the services, connectors and accounts below are simulated on this computer. Nothing is sent to OVHcloud.</source>
        <translation>&lt;b&gt;Mode démo&lt;/b&gt; — les services, connecteurs et comptes ci-dessous sont simulés sur cet ordinateur. Rien n&apos;est envoyé à OVHcloud.</translation>
    </message>
    <message>
        <source>Header Viewer</source>
        <translation>Visionneuse d&apos;en-têtes</translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation>Point d&apos;accès&#xa0;: %1</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not read the list of services: %1</source>
        <translation>Impossible de lire la liste des services&#xa0;: %1</translation>
    </message>
    <message>
        <source>Task %1 (%2 on %3): %4</source>
        <translation>Tâche %1 (%2 sur %3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>OVHcloud&apos;s task %1 (%2 on %3) ended with status “%4”.</source>
        <translation>La tâche OVHcloud %1 (%2 sur %3) s&apos;est terminée avec le statut «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <source>Could not read %1 again: %2</source>
        <translation>Impossible de relire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>About Smarthost</source>
        <translation>À propos de Smarthost</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Smarthost %1&lt;/h3&gt;&lt;p&gt;Manage the SMTP send connectors of OVHcloud Private and Trusted Exchange.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Smarthost %1&lt;/h3&gt;&lt;p&gt;Gérez les connecteurs d&apos;envoi SMTP de vos plateformes Private Exchange et Trusted Exchange d&apos;OVHcloud.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>No secret stored for %1.</source>
        <translation>Aucun secret enregistré pour %1.</translation>
    </message>
    <message>
        <source>memory (this session only)</source>
        <translation>la mémoire (cette session uniquement)</translation>
    </message>
</context>
<context>
    <name>MutationReadBack</name>
    <message>
        <source>Reading it back shows the change was applied.</source>
        <translation>La relecture montre que la modification a été appliquée.</translation>
    </message>
    <message>
        <source>Reading it back shows the change was not applied.</source>
        <translation>La relecture montre que la modification n&apos;a pas été appliquée.</translation>
    </message>
    <message>
        <source>Reading it back could not tell whether the change was applied.</source>
        <translation>La relecture n&apos;a pas permis de savoir si la modification a été appliquée.</translation>
    </message>
</context>
<context>
    <name>NetworkSettingsDialog</name>
    <message>
        <source>Network Settings</source>
        <translation>Paramètres réseau</translation>
    </message>
    <message>
        <source>Smarthost reads large services with many requests. To stay within OVHcloud&apos;s fair use, it sends at most this many requests per second, retries included. 0 turns the limit off.</source>
        <translation>Smarthost lit les services volumineux au moyen de nombreuses requêtes. Pour respecter l&apos;usage raisonnable d&apos;OVHcloud, il envoie au plus ce nombre de requêtes par seconde, nouvelles tentatives comprises. 0 désactive la limite.</translation>
    </message>
    <message>
        <source>Off</source>
        <extracomment>Shown in the rate limit spin box when the value is 0.</extracomment>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source> requests/s</source>
        <extracomment>Unit after the rate limit value, with its leading space.</extracomment>
        <translation> requêtes/s</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>&amp;Limite de débit&#xa0;:</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after the number of seconds, with its leading space.</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>A call that gets no usable answer in this time fails with a message, timeouts and retries included.</source>
        <translation>Un appel sans réponse exploitable dans ce délai échoue avec un message, délais d&apos;attente et nouvelles tentatives compris.</translation>
    </message>
    <message>
        <source>&amp;Give up after:</source>
        <translation>&amp;Abandonner après&#xa0;:</translation>
    </message>
</context>
<context>
    <name>NotificationBar</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the message, with OVHcloud&apos;s query id, to the clipboard</source>
        <translation>Copier le message, avec l&apos;ID de requête OVHcloud, dans le presse-papiers</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
</context>
<context>
    <name>OAuth2TokenRequest</name>
    <message>
        <source>Cannot reach the OAuth2 token service: %1</source>
        <translation>Impossible de joindre le service de jetons OAuth2&#xa0;: %1</translation>
    </message>
    <message>
        <source>The service account was refused: %1</source>
        <translation>Le compte de service a été refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The OAuth2 token service answered without a token.</source>
        <translation>Le service de jetons OAuth2 a répondu sans jeton.</translation>
    </message>
</context>
<context>
    <name>OvhConfigFile</name>
    <message>
        <source>binary data, not a configuration file</source>
        <translation>données binaires, pas un fichier de configuration</translation>
    </message>
    <message>
        <source>malformed section header: %1</source>
        <translation>en-tête de section mal formé&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected &quot;key = value&quot; or a [section], found: %1</source>
        <translation>«&#xa0;clé = valeur&#xa0;» ou [section] attendu, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; stands before any [section]</source>
        <translation>«&#xa0;%1&#xa0;» figure avant toute [section]</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: larger than 1 MB, not a configuration file</source>
        <translation>%1&#xa0;: plus de 1 Mo, pas un fichier de configuration</translation>
    </message>
</context>
<context>
    <name>OvhConfigImport</name>
    <message>
        <source>Choose a file.</source>
        <translation>Choisissez un fichier.</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>Aucun fichier n&apos;existe à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>No OVH_* variable is set and none of these files exists.</source>
        <translation>Aucune variable OVH_* n&apos;est définie et aucun de ces fichiers n&apos;existe.</translation>
    </message>
    <message>
        <source>No keys found there.</source>
        <translation>Aucune clé trouvée à cet emplacement.</translation>
    </message>
    <message>
        <source>none: the region chosen above (%1)</source>
        <translation>aucun&#xa0;: la région choisie ci-dessus (%1)</translation>
    </message>
    <message>
        <source>There is no consumer key: choose “Create a key for me” to get one for this application.</source>
        <translation>Il n&apos;y a pas de clé consommateur&#xa0;: choisissez «&#xa0;Créer une clé pour moi&#xa0;» pour en obtenir une pour cette application.</translation>
    </message>
    <message>
        <source>The service account is incomplete: both the client ID and the client secret are needed.</source>
        <translation>Le compte de service est incomplet&#xa0;: l&apos;ID client et le secret client sont tous deux nécessaires.</translation>
    </message>
    <message>
        <source>The keys are incomplete: the application key, the application secret and the consumer key are needed.</source>
        <translation>Les clés sont incomplètes&#xa0;: la clé d&apos;application, le secret d&apos;application et la clé consommateur sont nécessaires.</translation>
    </message>
    <message>
        <source>nowhere</source>
        <extracomment>Import ovh.conf: where the values were found.</extracomment>
        <translation>nulle part</translation>
    </message>
    <message>
        <source>not found</source>
        <extracomment>Import ovh.conf: a value that is not in the configuration.
----------
Import ovh.conf: a secret that was found; it is never shown.</extracomment>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>•••••••• (found, hidden)</source>
        <translation>•••••••• (trouvé, masqué)</translation>
    </message>
    <message>
        <source>Choose an ovh.conf File</source>
        <translation>Choisir un fichier ovh.conf</translation>
    </message>
    <message>
        <source>Configuration files (*.conf)</source>
        <translation>Fichiers de configuration (*.conf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>OvhConfigResolver</name>
    <message>
        <source>Both an application key and an OAuth2 client id are configured for endpoint %1: choose one.</source>
        <translation>Une clé d&apos;application et un ID client OAuth2 sont tous deux configurés pour le point d&apos;accès %1&#xa0;: choisissez l&apos;un des deux.</translation>
    </message>
</context>
<context>
    <name>ProbeAdvice</name>
    <message>
        <source>Not checked: the probe was cancelled.</source>
        <translation>Non vérifié&#xa0;: le test a été annulé.</translation>
    </message>
    <message>
        <source>Not checked: the probe stopped before this step.</source>
        <translation>Non vérifié&#xa0;: le test s&apos;est arrêté avant cette étape.</translation>
    </message>
    <message>
        <source>The name %1 does not resolve (DNS failure).</source>
        <translation>Le nom %1 ne se résout pas (échec DNS).</translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2.</source>
        <translation>%1 a refusé la connexion sur le port %2.</translation>
    </message>
    <message>
        <source>The name %1 did not resolve within %2 s (DNS timeout).</source>
        <translation>Le nom %1 n&apos;a pas été résolu en %2 s (délai DNS dépassé).</translation>
    </message>
    <message>
        <source>No answer within %1 s.</source>
        <translation>Aucune réponse en %1 s.</translation>
    </message>
    <message>
        <source>The probe took longer than %1 s in total and was stopped.</source>
        <translation>Le test a duré plus de %1 s au total et a été arrêté.</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Le serveur a fermé la connexion.</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Erreur réseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1</source>
        <translation>La négociation TLS a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server answered: %1</source>
        <translation>Le serveur a répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server does not speak SMTP as expected: %1</source>
        <translation>Le serveur ne parle pas SMTP comme prévu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The probe was cancelled.</source>
        <translation>Le test a été annulé.</translation>
    </message>
</context>
<context>
    <name>ProbeAdvisor</name>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>The name %1 does not resolve (DNS failure).</source>
        <translation>Le nom %1 ne se résout pas (échec DNS).</translation>
    </message>
    <message>
        <source>Check the spelling of the smart host: OVHcloud&apos;s Exchange servers must find it in public DNS.</source>
        <translation>Vérifiez l&apos;orthographe du serveur d&apos;envoi SMTP&#xa0;: les serveurs Exchange d&apos;OVHcloud doivent pouvoir le trouver dans le DNS public.</translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2: nothing listens there, or a firewall rejects it.</source>
        <translation>%1 a refusé la connexion sur le port %2&#xa0;: aucun service n&apos;y écoute, ou un pare-feu la rejette.</translation>
    </message>
    <message>
        <source>Check the port: SMTP relays usually listen on 587 (submission with STARTTLS) or 25.</source>
        <translation>Vérifiez le port&#xa0;: les relais SMTP écoutent généralement sur le port 587 (soumission avec STARTTLS) ou 25.</translation>
    </message>
    <message>
        <source>Check the smart host name and that its DNS servers answer.</source>
        <translation>Vérifiez le nom du serveur d&apos;envoi SMTP et que ses serveurs DNS répondent.</translation>
    </message>
    <message>
        <source>No connection to %1 on port %2 within %3 s.</source>
        <translation>Aucune connexion à %1 sur le port %2 en %3 s.</translation>
    </message>
    <message>
        <source>A firewall may drop the connection silently, or the host is down. Check the port, and that the relay accepts connections from OVHcloud&apos;s Exchange servers.</source>
        <translation>Un pare-feu bloque peut-être la connexion sans répondre, ou l&apos;hôte est hors service. Vérifiez le port, ainsi que l&apos;acceptation par le relais des connexions des serveurs Exchange d&apos;OVHcloud.</translation>
    </message>
    <message>
        <source>Connected to %1 (%2) on port %3.</source>
        <translation>Connecté à %1 (%2) sur le port %3.</translation>
    </message>
    <message>
        <source>Port and TLS mode</source>
        <translation>Port et mode TLS</translation>
    </message>
    <message>
        <source>Port %1 uses implicit TLS (SMTPS): TLS starts before the SMTP greeting. Exchange send connectors do not speak it.</source>
        <translation>Le port %1 utilise le TLS implicite (SMTPS)&#xa0;: TLS démarre avant la bannière SMTP. Les connecteurs d&apos;envoi Exchange ne le prennent pas en charge.</translation>
    </message>
    <message>
        <source>Use port 587 or 25 with STARTTLS instead.</source>
        <translation>Utilisez plutôt le port 587 ou 25 avec STARTTLS.</translation>
    </message>
    <message>
        <source>Port %1 starts in plain SMTP and upgrades with STARTTLS, as Exchange send connectors do.</source>
        <translation>Le port %1 démarre en SMTP non chiffré puis passe en TLS avec STARTTLS, comme le font les connecteurs d&apos;envoi Exchange.</translation>
    </message>
    <message>
        <source>Server greeting</source>
        <translation>Bannière du serveur</translation>
    </message>
    <message>
        <source>The server greets with: %1</source>
        <translation>Le serveur s&apos;annonce ainsi&#xa0;: %1</translation>
    </message>
    <message>
        <source>The relay probably rejects connections from this address: it must accept OVHcloud&apos;s Exchange servers.</source>
        <translation>Le relais rejette probablement les connexions depuis cette adresse&#xa0;: il doit accepter les serveurs Exchange d&apos;OVHcloud.</translation>
    </message>
    <message>
        <source>The server accepted the connection but sent no greeting within %1 s.</source>
        <translation>Le serveur a accepté la connexion, mais n&apos;a envoyé aucune bannière en %1 s.</translation>
    </message>
    <message>
        <source>The port may not use implicit TLS; use port 587 or 25 with STARTTLS.</source>
        <translation>Ce port n&apos;utilise peut-être pas le TLS implicite&#xa0;; utilisez le port 587 ou 25 avec STARTTLS.</translation>
    </message>
    <message>
        <source>The port may not speak SMTP, or it expects implicit TLS (SMTPS), which send connectors do not support.</source>
        <translation>Ce port ne parle peut-être pas SMTP, ou il attend du TLS implicite (SMTPS), que les connecteurs d&apos;envoi ne prennent pas en charge.</translation>
    </message>
    <message>
        <source>The server closed the connection without a greeting.</source>
        <translation>Le serveur a fermé la connexion sans envoyer de bannière.</translation>
    </message>
    <message>
        <source>The server refused the session: %1</source>
        <translation>Le serveur a refusé la session&#xa0;: %1</translation>
    </message>
    <message>
        <source>EHLO and extensions</source>
        <translation>EHLO et extensions</translation>
    </message>
    <message>
        <source>The server closed the connection right after its greeting.</source>
        <translation>Le serveur a fermé la connexion juste après sa bannière.</translation>
    </message>
    <message>
        <source>The relay probably rejects clients from this address: it must accept OVHcloud&apos;s Exchange servers.</source>
        <translation>Le relais rejette probablement les clients ayant cette adresse&#xa0;: il doit accepter les serveurs Exchange d&apos;OVHcloud.</translation>
    </message>
    <message>
        <source>The server closed the connection after STARTTLS instead of answering EHLO.</source>
        <translation>Le serveur a fermé la connexion après STARTTLS au lieu de répondre à EHLO.</translation>
    </message>
    <message>
        <source>The server did not answer EHLO within %1 s.</source>
        <translation>Le serveur n&apos;a pas répondu à EHLO en %1 s.</translation>
    </message>
    <message>
        <source>The server refused both EHLO and HELO: %1</source>
        <translation>Le serveur a refusé EHLO et HELO&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server refused EHLO (%1) and accepted HELO: it offers no extensions, so no STARTTLS, AUTH or SIZE.</source>
        <translation>Le serveur a refusé EHLO (%1) et accepté HELO&#xa0;: il ne propose aucune extension, donc ni STARTTLS, ni AUTH, ni SIZE.</translation>
    </message>
    <message>
        <source>Enable ESMTP (EHLO) on the relay.</source>
        <translation>Activez ESMTP (EHLO) sur le relais.</translation>
    </message>
    <message>
        <source>The server accepted EHLO and lists no extensions.</source>
        <translation>Le serveur a accepté EHLO et n&apos;annonce aucune extension.</translation>
    </message>
    <message>
        <source>The server accepted EHLO and offers: %1.</source>
        <translation>Le serveur a accepté EHLO et propose&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Message size</source>
        <translation>Taille des messages</translation>
    </message>
    <message>
        <source>The server announces no size limit (no SIZE extension).</source>
        <translation>Le serveur n&apos;annonce aucune limite de taille (pas d&apos;extension SIZE).</translation>
    </message>
    <message>
        <source>The server announces SIZE without a fixed limit.</source>
        <translation>Le serveur annonce SIZE sans limite fixe.</translation>
    </message>
    <message>
        <source>The server accepts messages up to %1 MB.</source>
        <translation>Le serveur accepte les messages jusqu&apos;à %1 Mo.</translation>
    </message>
    <message>
        <source>SIZE %1 MB is below maxSendSize %2 MB: larger messages would be refused by the relay and bounce.</source>
        <translation>SIZE %1 Mo est inférieur à maxSendSize %2 Mo&#xa0;: les messages plus volumineux seraient refusés par le relais et renvoyés à l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>Lower maxSendSize to %1 MB, or raise the relay&apos;s limit to %2 MB.</source>
        <translation>Abaissez maxSendSize à %1 Mo, ou relevez la limite du relais à %2 Mo.</translation>
    </message>
    <message>
        <source>SIZE %1 MB is at least maxSendSize %2 MB.</source>
        <translation>SIZE %1 Mo est supérieur ou égal à maxSendSize %2 Mo.</translation>
    </message>
</context>
<context>
    <name>ProbeAuthAdvisor</name>
    <message>
        <source>Authentication mechanism</source>
        <translation>Mécanisme d&apos;authentification</translation>
    </message>
    <message>
        <source>The extensions offered over TLS could not be read, so the AUTH offer is unknown.</source>
        <translation>Les extensions proposées via TLS n&apos;ont pas pu être lues&#xa0;; les mécanismes AUTH proposés sont donc inconnus.</translation>
    </message>
    <message>
        <source>Choose basicAuthRequireTLS as the authentication mechanism, so the password never travels unencrypted.</source>
        <translation>Choisissez basicAuthRequireTLS comme mécanisme d&apos;authentification, afin que le mot de passe ne circule jamais en clair.</translation>
    </message>
    <message>
        <source>The server offers no AUTH, but the connector uses %1.</source>
        <translation>Le serveur ne propose pas AUTH, mais le connecteur utilise %1.</translation>
    </message>
    <message>
        <source>Choose none as the authentication mechanism; the relay must then accept OVHcloud&apos;s Exchange servers by their IP addresses.</source>
        <translation>Choisissez none comme mécanisme d&apos;authentification&#xa0;; le relais doit alors accepter les serveurs Exchange d&apos;OVHcloud d&apos;après leurs adresses IP.</translation>
    </message>
    <message>
        <source>The server offers no AUTH: the authentication mechanism must be none.</source>
        <translation>Le serveur ne propose pas AUTH&#xa0;: le mécanisme d&apos;authentification doit être none.</translation>
    </message>
    <message>
        <source>Choose none as the authentication mechanism.</source>
        <translation>Choisissez none comme mécanisme d&apos;authentification.</translation>
    </message>
    <message>
        <source>The server offers AUTH %1 but neither PLAIN nor LOGIN, which basic authentication uses.</source>
        <translation>Le serveur propose AUTH %1, mais ni PLAIN ni LOGIN, qu&apos;utilise l&apos;authentification basique.</translation>
    </message>
    <message>
        <source>Enable AUTH PLAIN or LOGIN on the relay.</source>
        <translation>Activez AUTH PLAIN ou LOGIN sur le relais.</translation>
    </message>
    <message>
        <source>The server offers AUTH %1 only without TLS: the password would travel unencrypted.</source>
        <translation>Le serveur ne propose AUTH %1 que sans TLS&#xa0;: le mot de passe circulerait en clair.</translation>
    </message>
    <message>
        <source>Enable STARTTLS on the relay and offer AUTH over it.</source>
        <translation>Activez STARTTLS sur le relais et proposez AUTH une fois TLS établi.</translation>
    </message>
    <message>
        <source>The server offers AUTH %1 over TLS.</source>
        <translation>Le serveur propose AUTH %1 via TLS.</translation>
    </message>
    <message>
        <source>The server offers AUTH %1, but the connector sends no credentials.</source>
        <translation>Le serveur propose AUTH %1, mais le connecteur n&apos;envoie aucun identifiant.</translation>
    </message>
    <message>
        <source>Unless the relay accepts OVHcloud&apos;s Exchange servers by their IP addresses, choose basicAuthRequireTLS and set the user and password.</source>
        <translation>Sauf si le relais accepte les serveurs Exchange d&apos;OVHcloud d&apos;après leurs adresses IP, choisissez basicAuthRequireTLS et renseignez l&apos;utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <source>The server offers AUTH only after STARTTLS, but basicAuth does not require TLS.</source>
        <translation>Le serveur ne propose AUTH qu&apos;après STARTTLS, mais basicAuth n&apos;exige pas TLS.</translation>
    </message>
    <message>
        <source>The server offers AUTH %1 with and without TLS, and basicAuth would also authenticate without TLS.</source>
        <translation>Le serveur propose AUTH %1 avec et sans TLS, et basicAuth s&apos;authentifierait aussi sans TLS.</translation>
    </message>
    <message>
        <source>The server offers AUTH %1 over TLS, as basicAuthRequireTLS needs.</source>
        <translation>Le serveur propose AUTH %1 via TLS, comme l&apos;exige basicAuthRequireTLS.</translation>
    </message>
    <message>
        <source>basicAuthRequireTLS needs TLS, but the server offers no STARTTLS.</source>
        <translation>basicAuthRequireTLS nécessite TLS, mais le serveur ne propose pas STARTTLS.</translation>
    </message>
    <message>
        <source>The server offers AUTH only on unencrypted connections, not over TLS.</source>
        <translation>Le serveur ne propose AUTH que sur les connexions non chiffrées, pas via TLS.</translation>
    </message>
    <message>
        <source>Let the relay offer AUTH after STARTTLS.</source>
        <translation>Configurez le relais pour qu&apos;il propose AUTH après STARTTLS.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identification</translation>
    </message>
    <message>
        <source>No user and password given, so the login was not tested.</source>
        <translation>Aucun utilisateur ni mot de passe fourni&#xa0;: l&apos;identification n&apos;a pas été testée.</translation>
    </message>
    <message>
        <source>Give the connector&apos;s user and password to test the login.</source>
        <translation>Indiquez l&apos;utilisateur et le mot de passe du connecteur pour tester l&apos;identification.</translation>
    </message>
    <message>
        <source>The probe did not send the credentials: the connection is not encrypted.</source>
        <translation>Le test n&apos;a pas envoyé les identifiants&#xa0;: la connexion n&apos;est pas chiffrée.</translation>
    </message>
    <message>
        <source>Enable STARTTLS on the relay: a password must never travel unencrypted.</source>
        <translation>Activez STARTTLS sur le relais&#xa0;: un mot de passe ne doit jamais circuler en clair.</translation>
    </message>
    <message>
        <source>The probe did not send the credentials: the server&apos;s certificate did not verify.</source>
        <translation>Le test n&apos;a pas envoyé les identifiants&#xa0;: le certificat du serveur n&apos;a pas pu être vérifié.</translation>
    </message>
    <message>
        <source>Fix the certificate first (see the certificate checks). For a private certificate authority, give its certificate to the probe.</source>
        <translation>Corrigez d&apos;abord le certificat (voir les vérifications du certificat). Pour une autorité de certification privée, fournissez son certificat au test.</translation>
    </message>
    <message>
        <source>The server offers no AUTH, so the credentials were not used.</source>
        <translation>Le serveur ne propose pas AUTH&#xa0;: les identifiants n&apos;ont donc pas été utilisés.</translation>
    </message>
    <message>
        <source>The server offers neither AUTH PLAIN nor LOGIN, the only mechanisms the probe tests.</source>
        <translation>Le serveur ne propose ni AUTH PLAIN ni LOGIN, les seuls mécanismes que le test vérifie.</translation>
    </message>
    <message>
        <source>The server accepted the login of %1 with AUTH %2.</source>
        <translation>Le serveur a accepté l&apos;identification de %1 avec AUTH %2.</translation>
    </message>
    <message>
        <source>The connector sends no credentials: choose basicAuthRequireTLS and set this user and password.</source>
        <translation>Le connecteur n&apos;envoie aucun identifiant&#xa0;: choisissez basicAuthRequireTLS et renseignez cet utilisateur et ce mot de passe.</translation>
    </message>
    <message>
        <source>The server rejected the login of %1 with AUTH %2: %3</source>
        <translation>Le serveur a rejeté l&apos;identification de %1 avec AUTH %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Check the user and password; many relays expect the full e-mail address as the user name.</source>
        <translation>Vérifiez l&apos;utilisateur et le mot de passe&#xa0;; de nombreux relais attendent l&apos;adresse e-mail complète comme nom d&apos;utilisateur.</translation>
    </message>
</context>
<context>
    <name>ProbeCommand</name>
    <message>
        <source>Usage: smarthost-cli probe HOST [--port P] [--user U --password-stdin] [--tls|--no-tls] [--auth MECH] [--max-size MB] [--json]</source>
        <translation>Utilisation&#xa0;: smarthost-cli probe HOST [--port P] [--user U --password-stdin] [--tls|--no-tls] [--auth MECH] [--max-size MB] [--json]</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>Le port doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>Unknown authentication &quot;%1&quot;: use none, basicAuth or basicAuthRequireTLS.</source>
        <translation>Authentification inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez none, basicAuth ou basicAuthRequireTLS.</translation>
    </message>
    <message>
        <source>--user and --password-stdin go together.</source>
        <translation>--user et --password-stdin s&apos;utilisent ensemble.</translation>
    </message>
</context>
<context>
    <name>ProbePanel</name>
    <message>
        <source>Test co&amp;nnection</source>
        <extracomment>Button: connects to the smart host and checks it, without sending mail</extracomment>
        <translation>Tester &amp;la connexion</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <extracomment>Button: stops a running connection test</extracomment>
        <translation>Annuler le test</translation>
    </message>
    <message>
        <source>Cop&amp;y report</source>
        <translation>Copier le &amp;rapport</translation>
    </message>
    <message>
        <source>Copy the results and the transcript, with the password masked</source>
        <translation>Copier les résultats et le journal de la session, avec le mot de passe masqué</translation>
    </message>
    <message numerus="yes">
        <source>%n passed</source>
        <extracomment>Part of the test summary, e.g. &quot;3 passed, 1 warning&quot;</extracomment>
        <translation>
            <numerusform>%n réussi</numerusform>
            <numerusform>%n réussis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <extracomment>Part of the test summary, e.g. &quot;3 passed, 1 warning&quot;</extracomment>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <extracomment>Part of the test summary, e.g. &quot;3 passed, 2 failed&quot;</extracomment>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <extracomment>Part of the test summary, e.g. &quot;1 passed, 1 failed, 9 skipped&quot;</extracomment>
        <translation>
            <numerusform>%n sauté</numerusform>
            <numerusform>%n sautés</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates the parts of the test summary: &quot;3 passed, 1 warning&quot;</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>No checks</source>
        <extracomment>Summary of a connection test that gave no checks at all</extracomment>
        <translation>Aucune vérification</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <extracomment>%1 is what the checks gave before the test was cancelled, e.g. &quot;1 passed, 1 failed&quot;</extracomment>
        <translation>Annulé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <extracomment>Status while the connection test prepares</extracomment>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Copied</source>
        <extracomment>Shown briefly on the &quot;Copy report&quot; button once the report is on the clipboard</extracomment>
        <translation>Copié</translation>
    </message>
    <message>
        <source>The settings changed since this test: test again to check them.</source>
        <translation>Les paramètres ont changé depuis ce test&#xa0;: relancez le test pour les vérifier.</translation>
    </message>
    <message>
        <source>Connect to the smart host and compare it with these settings; no mail is sent</source>
        <translation>Se connecter au serveur d&apos;envoi SMTP et le comparer à ces paramètres&#xa0;; aucun e-mail n&apos;est envoyé</translation>
    </message>
    <message>
        <source>Enter a smart host and a port first</source>
        <translation>Saisissez d&apos;abord un serveur d&apos;envoi SMTP et un port</translation>
    </message>
    <message>
        <source>Checks the port, TLS and authentication; no mail is sent.</source>
        <translation>Vérifie le port, TLS et l&apos;authentification&#xa0;; aucun e-mail n&apos;est envoyé.</translation>
    </message>
</context>
<context>
    <name>ProbeReportText</name>
    <message>
        <source>SMTP probe of %1 port %2</source>
        <translation>Test SMTP de %1, port %2</translation>
    </message>
    <message>
        <source>SMTP probe of %1 port %2 (%3)</source>
        <translation>Test SMTP de %1, port %2 (%3)</translation>
    </message>
    <message>
        <source>PASS</source>
        <extracomment>Status label in the text report; keep it short (at most 5 characters)</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>WARN</source>
        <extracomment>Status label in the text report; keep it short (at most 5 characters)</extracomment>
        <translation>AVERT</translation>
    </message>
    <message>
        <source>FAIL</source>
        <extracomment>Status label in the text report; keep it short (at most 5 characters)</extracomment>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>SKIP</source>
        <extracomment>Status label in the text report; keep it short (at most 5 characters)</extracomment>
        <translation>SAUTÉ</translation>
    </message>
    <message>
        <source>Extensions: %1</source>
        <translation>Extensions&#xa0;: %1</translation>
    </message>
    <message>
        <source>TLS: %1, %2</source>
        <translation>TLS&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>Certificate: %1, issued by %2, valid %3 to %4</source>
        <translation>Certificat&#xa0;: %1, émis par %2, valide du %3 au %4</translation>
    </message>
    <message>
        <source>Result: %1 failed, %2 warnings, %3 passed, %4 skipped.</source>
        <translation>Résultat&#xa0;: %1 en échec, %2 avertissements, %3 réussis, %4 sautés.</translation>
    </message>
    <message>
        <source>Transcript:</source>
        <translation>Journal de la session&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ProbeResultView</name>
    <message>
        <source>TLS session and certificate</source>
        <translation>Session TLS et certificat</translation>
    </message>
    <message>
        <source>Show transcript</source>
        <translation>Afficher le journal</translation>
    </message>
    <message>
        <source>The SMTP conversation line by line, with the password masked</source>
        <translation>La conversation SMTP ligne par ligne, avec le mot de passe masqué</translation>
    </message>
    <message>
        <source>Hide transcript</source>
        <translation>Masquer le journal</translation>
    </message>
    <message>
        <source>Passed</source>
        <extracomment>Status of one connection check</extracomment>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Warning</source>
        <extracomment>Status of one connection check: it passed with advice</extracomment>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>Status of one connection check</extracomment>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Skipped</source>
        <extracomment>Status of one connection check: it could not run</extracomment>
        <translation>Sauté</translation>
    </message>
    <message>
        <source>implicit TLS</source>
        <translation>TLS implicite</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>TLS protocol and how it started, e.g. &quot;TLS 1.3 (STARTTLS)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protocole&#xa0;:</translation>
    </message>
    <message>
        <source>Cipher:</source>
        <translation>Suite de chiffrement&#xa0;:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Sujet&#xa0;:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Émetteur&#xa0;:</translation>
    </message>
    <message>
        <source>Names:</source>
        <translation>Noms&#xa0;:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Début de validité&#xa0;:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Fin de validité&#xa0;:</translation>
    </message>
    <message>
        <source>Host name:</source>
        <translation>Nom d&apos;hôte&#xa0;:</translation>
    </message>
    <message>
        <source>The certificate is valid for %1</source>
        <translation>Le certificat est valide pour %1</translation>
    </message>
    <message>
        <source>The certificate is not valid for %1</source>
        <translation>Le certificat n&apos;est pas valide pour %1</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>De confiance</translation>
    </message>
    <message>
        <source>Verification:</source>
        <translation>Vérification&#xa0;:</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>A duration in milliseconds, e.g. &quot;120 ms&quot;</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>A duration in seconds, e.g. &quot;2.5 s&quot;</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 port %2, tested at %3 in %4</source>
        <extracomment>%1 host, %2 port, %3 time of day, %4 duration (&quot;120 ms&quot;, &quot;2.5 s&quot;)</extracomment>
        <translation>%1, port %2, testé à %3 en %4</translation>
    </message>
    <message>
        <source>%1 port %2 (%3), tested at %4 in %5</source>
        <extracomment>%1 host, %2 port, %3 IP address, %4 time of day, %5 duration (&quot;120 ms&quot;, &quot;2.5 s&quot;)</extracomment>
        <translation>%1, port %2 (%3), testé à %4 en %5</translation>
    </message>
</context>
<context>
    <name>ProbeTlsAdvisor</name>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>Implicit TLS: the connection is encrypted from the first byte, without STARTTLS.</source>
        <translation>TLS implicite&#xa0;: la connexion est chiffrée dès le premier octet, sans STARTTLS.</translation>
    </message>
    <message>
        <source>Enable STARTTLS on the relay, or use the port where it offers it (usually 587).</source>
        <translation>Activez STARTTLS sur le relais, ou utilisez le port sur lequel il le propose (généralement 587).</translation>
    </message>
    <message>
        <source>requireTLS is on but the server offers no STARTTLS on port %1.</source>
        <translation>requireTLS est activé, mais le serveur ne propose pas STARTTLS sur le port %1.</translation>
    </message>
    <message>
        <source>Turning requireTLS off instead would send mail unencrypted.</source>
        <translation>Désactiver plutôt requireTLS enverrait les e-mails en clair.</translation>
    </message>
    <message>
        <source>The server offers no STARTTLS on port %1: mail would travel unencrypted.</source>
        <translation>Le serveur ne propose pas STARTTLS sur le port %1&#xa0;: les e-mails circuleraient en clair.</translation>
    </message>
    <message>
        <source>The server offers STARTTLS but refused it: %1</source>
        <translation>Le serveur propose STARTTLS, mais l&apos;a refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Check the relay&apos;s TLS configuration (certificate and key).</source>
        <translation>Vérifiez la configuration TLS du relais (certificat et clé).</translation>
    </message>
    <message>
        <source>The server offers STARTTLS on port %1 and accepted it.</source>
        <translation>Le serveur propose STARTTLS sur le port %1 et l&apos;a accepté.</translation>
    </message>
    <message>
        <source>Turn requireTLS on, so mail never falls back to an unencrypted connection.</source>
        <translation>Activez requireTLS pour que les e-mails ne repassent jamais sur une connexion non chiffrée.</translation>
    </message>
    <message>
        <source>TLS session</source>
        <translation>Session TLS</translation>
    </message>
    <message>
        <source>The TLS handshake did not finish within %1 s.</source>
        <translation>La négociation TLS ne s&apos;est pas terminée en %1 s.</translation>
    </message>
    <message>
        <source>The server may not speak implicit TLS on port %1; probe it with STARTTLS instead.</source>
        <translation>Le serveur ne parle peut-être pas TLS implicite sur le port %1&#xa0;; testez-le plutôt avec STARTTLS.</translation>
    </message>
    <message>
        <source>Check the relay&apos;s TLS configuration.</source>
        <translation>Vérifiez la configuration TLS du relais.</translation>
    </message>
    <message>
        <source>The relay must support TLS 1.2 or later, with a certificate and a matching key.</source>
        <translation>Le relais doit prendre en charge TLS 1.2 ou une version ultérieure, avec un certificat et la clé correspondante.</translation>
    </message>
    <message>
        <source>No TLS session was negotiated.</source>
        <translation>Aucune session TLS n&apos;a été négociée.</translation>
    </message>
    <message>
        <source>%1 with cipher %2.</source>
        <translation>%1 avec la suite de chiffrement %2.</translation>
    </message>
    <message>
        <source>Certificate trust</source>
        <translation>Confiance du certificat</translation>
    </message>
    <message>
        <source>No certificate to check: no TLS session.</source>
        <translation>Aucun certificat à vérifier&#xa0;: pas de session TLS.</translation>
    </message>
    <message>
        <source>The certificate %1, issued by %2, chains to a trusted authority.</source>
        <translation>Le certificat %1, émis par %2, remonte à une autorité de confiance.</translation>
    </message>
    <message>
        <source>The certificate %1, issued by %2, does not verify: %3</source>
        <translation>Le certificat %1, émis par %2, n&apos;a pas pu être vérifié&#xa0;: %3</translation>
    </message>
    <message>
        <source>Install a certificate from a public certificate authority on the relay, with its intermediate certificates. The probe sends no credentials over a connection whose certificate does not verify.</source>
        <translation>Installez sur le relais un certificat émis par une autorité de certification publique, avec ses certificats intermédiaires. Le test n&apos;envoie aucun identifiant sur une connexion dont le certificat n&apos;a pas pu être vérifié.</translation>
    </message>
    <message>
        <source>Certificate host name</source>
        <translation>Nom d&apos;hôte du certificat</translation>
    </message>
    <message>
        <source>The certificate is valid for %1.</source>
        <translation>Le certificat est valide pour %1.</translation>
    </message>
    <message>
        <source>The certificate is not valid for %1; it names %2.</source>
        <translation>Le certificat n&apos;est pas valide pour %1&#xa0;; il désigne %2.</translation>
    </message>
    <message>
        <source>Use a smart host name the certificate covers, or install a certificate that includes %1.</source>
        <translation>Utilisez un nom de serveur d&apos;envoi SMTP couvert par le certificat, ou installez un certificat qui inclut %1.</translation>
    </message>
    <message>
        <source>Certificate validity</source>
        <translation>Validité du certificat</translation>
    </message>
    <message>
        <source>The certificate expired on %1.</source>
        <translation>Le certificat a expiré le %1.</translation>
    </message>
    <message>
        <source>Renew the relay&apos;s certificate.</source>
        <translation>Renouvelez le certificat du relais.</translation>
    </message>
    <message>
        <source>The certificate is only valid from %1.</source>
        <translation>Le certificat n&apos;est valide qu&apos;à partir du %1.</translation>
    </message>
    <message>
        <source>Check the relay&apos;s certificate and the clocks.</source>
        <translation>Vérifiez le certificat du relais et les horloges.</translation>
    </message>
    <message numerus="yes">
        <source>The certificate expires on %1, in %n day(s).</source>
        <translation>
            <numerusform>Le certificat expire le %1, dans %n jour.</numerusform>
            <numerusform>Le certificat expire le %1, dans %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Renew the relay&apos;s certificate soon.</source>
        <translation>Renouvelez rapidement le certificat du relais.</translation>
    </message>
    <message>
        <source>The certificate is valid from %1 to %2.</source>
        <translation>Le certificat est valide du %1 au %2.</translation>
    </message>
</context>
<context>
    <name>ProfileMenu</name>
    <message>
        <source>Switch &amp;Profile</source>
        <translation>Changer de &amp;profil</translation>
    </message>
    <message>
        <source>&amp;New Profile…</source>
        <translation>&amp;Nouveau profil…</translation>
    </message>
    <message>
        <source>Sign &amp;Out…</source>
        <translation>Se &amp;déconnecter…</translation>
    </message>
    <message>
        <source>Sign in with other keys and save them as a new profile</source>
        <translation>Se connecter avec d&apos;autres clés et les enregistrer dans un nouveau profil</translation>
    </message>
    <message>
        <source>Delete this profile&apos;s secrets from the keychain</source>
        <translation>Supprimer du trousseau les secrets de ce profil</translation>
    </message>
    <message>
        <source>No saved profile</source>
        <translation>Aucun profil enregistré</translation>
    </message>
    <message>
        <source>Sign &amp;Out of “%1”…</source>
        <translation>Se &amp;déconnecter de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>There is no saved profile named “%1”.</source>
        <translation>Aucun profil enregistré ne s&apos;appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The secrets of profile “%1” could not be read from the %2: %3</source>
        <translation>Les secrets du profil «&#xa0;%1&#xa0;» n&apos;ont pas pu être lus dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Profile “%1” is incomplete: sign in again to save its keys.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» est incomplet&#xa0;: reconnectez-vous pour enregistrer ses clés.</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <source>Sign out of “%1”?</source>
        <translation>Se déconnecter de «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Its secrets are deleted from the %1, and its settings with them. To use it again you need its keys, or a new consumer key.</source>
        <translation>Ses secrets stockés dans %1 seront supprimés, ainsi que ses paramètres. Pour l&apos;utiliser de nouveau, il vous faudra ses clés, ou une nouvelle clé consommateur.</translation>
    </message>
    <message>
        <source>&amp;Sign Out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>The secrets of profile “%1” could not be deleted from the %2: %3. The profile was kept.</source>
        <translation>Les secrets du profil «&#xa0;%1&#xa0;» stockés dans %2 n&apos;ont pas pu être supprimés&#xa0;: %3. Le profil a été conservé.</translation>
    </message>
</context>
<context>
    <name>RelayMatcher</name>
    <message>
        <source>the relay host itself</source>
        <translation>l&apos;hôte du relais lui-même</translation>
    </message>
    <message>
        <source>the relay&apos;s IP address</source>
        <translation>l&apos;adresse IP du relais</translation>
    </message>
    <message>
        <source>a host of the relay&apos;s domain %1</source>
        <extracomment>%1 is a domain name such as example.com</extracomment>
        <translation>un hôte du domaine %1 du relais</translation>
    </message>
</context>
<context>
    <name>RouteAnalyzer</name>
    <message>
        <source>%1 recorded that it received the message from %2 (%3).</source>
        <extracomment>%1 receiving server, %2 sending host, %3 how it relates to the relay</extracomment>
        <translation>%1 a enregistré avoir reçu le message de %2 (%3).</translation>
    </message>
    <message>
        <source>This hop was written by %1 (%2).</source>
        <extracomment>%1 host name, %2 how it relates to the relay</extracomment>
        <translation>Ce saut a été écrit par %1 (%2).</translation>
    </message>
    <message>
        <source>The message carries a DKIM signature of %1 (%2).</source>
        <translation>Le message porte une signature DKIM de %1 (%2).</translation>
    </message>
    <message>
        <source>The bounce address (Return-Path) %1 belongs to %2.</source>
        <translation>L&apos;adresse de retour (Return-Path) %1 appartient à %2.</translation>
    </message>
    <message>
        <source>Received-SPF checked the address %1, the relay&apos;s address.</source>
        <translation>Received-SPF a vérifié l&apos;adresse %1, celle du relais.</translation>
    </message>
    <message>
        <source>%1 received the message directly from %2, an outgoing server of the mail platform, not from the relay.</source>
        <extracomment>%1 receiving server, %2 the platform&apos;s outgoing server</extracomment>
        <translation>%1 a reçu le message directement de %2, un serveur d&apos;envoi de la plateforme de messagerie, et non du relais.</translation>
    </message>
    <message>
        <source>The message went through the mail platform&apos;s servers (%1) and no hop shows the relay.</source>
        <translation>Le message est passé par les serveurs de la plateforme de messagerie (%1) et aucun saut ne mentionne le relais.</translation>
    </message>
    <message>
        <source>The header x-mclm-sbr-processed: true shows that the platform&apos;s sender-based routing handled the message (it does not say through which send connector).</source>
        <translation>L&apos;en-tête x-mclm-sbr-processed: true indique que le routage selon l&apos;expéditeur (SBR) de la plateforme a traité le message (il ne dit pas par quel connecteur d&apos;envoi).</translation>
    </message>
</context>
<context>
    <name>RouteVerdictNames</name>
    <message>
        <source>strong</source>
        <extracomment>Strength of a piece of evidence that a message went through a relay</extracomment>
        <translation>forte</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>supporting</source>
        <translation>indicative</translation>
    </message>
    <message>
        <source>against</source>
        <translation>contraire</translation>
    </message>
    <message>
        <source>No send connector given: the route was not checked.</source>
        <translation>Aucun connecteur d&apos;envoi indiqué&#xa0;: le chemin n&apos;a pas été vérifié.</translation>
    </message>
    <message>
        <source>The message went through the send connector&apos;s relay.</source>
        <translation>Le message est passé par le relais du connecteur d&apos;envoi.</translation>
    </message>
    <message>
        <source>The message probably went through the relay, but no hop written by the next server proves it.</source>
        <translation>Le message est probablement passé par le relais, mais aucun saut écrit par le serveur suivant ne le prouve.</translation>
    </message>
    <message>
        <source>The headers contradict each other: some show the relay, others show the platform&apos;s own outgoing servers.</source>
        <translation>Les en-têtes se contredisent&#xa0;: certains indiquent le relais, d&apos;autres les serveurs d&apos;envoi de la plateforme elle-même.</translation>
    </message>
    <message>
        <source>The message did not go through the send connector&apos;s relay.</source>
        <translation>Le message n&apos;est pas passé par le relais du connecteur d&apos;envoi.</translation>
    </message>
</context>
<context>
    <name>ScreenshotTaker</name>
    <message numerus="yes">
        <source>The first load did not finish within %n second(s).</source>
        <translation>
            <numerusform>Le premier chargement ne s&apos;est pas terminé en %n seconde.</numerusform>
            <numerusform>Le premier chargement ne s&apos;est pas terminé en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading failed: %1</source>
        <translation>Échec du chargement&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no send connector to show in a dialog.</source>
        <translation>Aucun connecteur d&apos;envoi à afficher dans une boîte de dialogue.</translation>
    </message>
    <message>
        <source>The dialog closed before it could be grabbed.</source>
        <translation>La boîte de dialogue s&apos;est fermée avant d&apos;avoir pu être capturée.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2×%3).</source>
        <translation>%1 écrit (%2×%3).</translation>
    </message>
    <message>
        <source>Screenshot failed: %1</source>
        <translation>Échec de la capture d&apos;écran&#xa0;: %1</translation>
    </message>
    <message>
        <source>The main window has no header viewer.</source>
        <translation>La fenêtre principale n&apos;a pas de visionneuse d&apos;en-têtes.</translation>
    </message>
</context>
<context>
    <name>SendConnector</name>
    <message>
        <source>unknown mechanism %1</source>
        <translation>mécanisme inconnu %1</translation>
    </message>
    <message>
        <source>unknown state %1</source>
        <translation>état inconnu %1</translation>
    </message>
</context>
<context>
    <name>ServiceStore</name>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is what could not be read (a connector id, an email address or a domain name), %2 OVHcloud&apos;s message.</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ServiceTreeFormatter</name>
    <message>
        <source>Send connectors</source>
        <translation>Connecteurs d&apos;envoi</translation>
    </message>
    <message numerus="yes">
        <source>%n connector(s)</source>
        <translation>
            <numerusform>%n connecteur</numerusform>
            <numerusform>%n connecteurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domaines</translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n domaine</numerusform>
            <numerusform>%n domaines</numerusform>
        </translation>
    </message>
    <message>
        <source>New accounts: %1</source>
        <extracomment>%1 is the connector new accounts of the domain get, or the platform&apos;s server.</extracomment>
        <translation>Nouveaux comptes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <extracomment>A row of the tree when reading from OVHcloud failed; %1 is OVHcloud&apos;s message.</extracomment>
        <translation>Échec du chargement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Offer: %1</source>
        <extracomment>%1 is the offer, e.g. &quot;Private Exchange (dedicated)&quot;.</extracomment>
        <translation>Offre&#xa0;: %1</translation>
    </message>
    <message>
        <source>TLS required</source>
        <translation>TLS exigé</translation>
    </message>
    <message>
        <source>TLS not required</source>
        <translation>TLS non exigé</translation>
    </message>
    <message>
        <source>Authentication: %1</source>
        <translation>Authentification&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Used by %n account(s)</source>
        <translation>
            <numerusform>Utilisé par %n compte</numerusform>
            <numerusform>Utilisé par %n comptes</numerusform>
        </translation>
    </message>
    <message>
        <source>Task %1 is pending</source>
        <translation>Tâche %1 en attente</translation>
    </message>
    <message>
        <source>Accounts without a send connector send through the Exchange platform&apos;s own outgoing server.</source>
        <translation>Les comptes sans connecteur d&apos;envoi envoient via le serveur d&apos;envoi de la plateforme Exchange.</translation>
    </message>
    <message>
        <source>%1

Retry from the context menu or with a double-click.</source>
        <translation>%1

Réessayez depuis le menu contextuel ou par un double-clic.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>Tree column: the relay (host:port) of a connector, the offer of a service…</extracomment>
        <translation>Détails</translation>
    </message>
    <message>
        <source>TLS</source>
        <extracomment>Narrow tree column header: whether the connector requires TLS.</extracomment>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Auth</source>
        <extracomment>Narrow tree column header: whether the connector logs in to the relay.</extracomment>
        <translation>Auth</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Accounts</source>
        <extracomment>Tree column header: number of accounts attached.</extracomment>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Whether the connector requires TLS to reach its relay</source>
        <translation>Indique si le connecteur exige TLS pour joindre son relais</translation>
    </message>
    <message>
        <source>How the connector authenticates to its relay</source>
        <translation>Mode d&apos;authentification du connecteur auprès de son relais</translation>
    </message>
    <message>
        <source>Accounts that send through the connector</source>
        <translation>Comptes qui envoient via le connecteur</translation>
    </message>
    <message>
        <source>changing connector…</source>
        <extracomment>Shown for an account whose attach or detach is on its way.</extracomment>
        <translation>changement de connecteur…</translation>
    </message>
    <message>
        <source>Changing its send connector…</source>
        <extracomment>Tooltip of an account whose attach or detach is on its way.</extracomment>
        <translation>Changement de son connecteur d&apos;envoi…</translation>
    </message>
    <message>
        <source>The connector new accounts of this domain get. Existing accounts are not changed. Drop a connector here to change it.</source>
        <translation>Le connecteur attribué aux nouveaux comptes de ce domaine. Les comptes existants ne sont pas modifiés. Déposez un connecteur ici pour le changer.</translation>
    </message>
</context>
<context>
    <name>ServiceTreeModel</name>
    <message>
        <source>Changes are not possible here.</source>
        <translation>Aucune modification n&apos;est possible ici.</translation>
    </message>
    <message>
        <source>Only accounts and send connectors can be dropped here.</source>
        <translation>Seuls des comptes et des connecteurs d&apos;envoi peuvent être déposés ici.</translation>
    </message>
    <message>
        <source>This was dragged from another version of Smarthost: drag it again from this window.</source>
        <translation>Cet élément provient d&apos;une autre version de Smarthost&#xa0;: faites-le glisser de nouveau depuis cette fenêtre.</translation>
    </message>
    <message>
        <source>Drop accounts onto a send connector, or onto “Platform outgoing server” to detach them.</source>
        <translation>Déposez des comptes sur un connecteur d&apos;envoi, ou sur «&#xa0;Serveur d&apos;envoi de la plateforme&#xa0;» pour les détacher.</translation>
    </message>
    <message>
        <source>These accounts belong to %1: they can only use that service&apos;s connectors.</source>
        <extracomment>%1 is the service the dragged accounts belong to.</extracomment>
        <translation>Ces comptes appartiennent à %1&#xa0;: ils ne peuvent utiliser que les connecteurs de ce service.</translation>
    </message>
    <message>
        <source>Drop a connector onto a domain to make it the default for the domain&apos;s new accounts.</source>
        <translation>Déposez un connecteur sur un domaine pour en faire le connecteur par défaut des nouveaux comptes de ce domaine.</translation>
    </message>
    <message>
        <source>This connector belongs to %1: only that service&apos;s domains can use it.</source>
        <translation>Ce connecteur appartient à %1&#xa0;: seuls les domaines de ce service peuvent l&apos;utiliser.</translation>
    </message>
</context>
<context>
    <name>ServiceTreeView</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Copy Message</source>
        <translation>&amp;Copier le message</translation>
    </message>
</context>
<context>
    <name>ServicesCommand</name>
    <message>
        <source>send connectors not supported</source>
        <translation>connecteurs d&apos;envoi non pris en charge</translation>
    </message>
    <message>
        <source>ORGANIZATION</source>
        <translation>ORGANISATION</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>SERVICE</translation>
    </message>
    <message>
        <source>OFFER</source>
        <translation>OFFRE</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>REMARQUE</translation>
    </message>
</context>
<context>
    <name>SignInAttempt</name>
    <message>
        <source>Testing the keys with OVHcloud…</source>
        <translation>Test des clés auprès d&apos;OVHcloud…</translation>
    </message>
    <message>
        <source>Asking OVHcloud for a consumer key…</source>
        <translation>Demande d&apos;une clé consommateur à OVHcloud…</translation>
    </message>
    <message>
        <source>Waiting for your approval. Log in to OVHcloud on the page that opened in your browser and allow the access; Smarthost goes on by itself as soon as the key is approved.</source>
        <translation>En attente de votre approbation. Connectez-vous à OVHcloud sur la page qui s&apos;est ouverte dans votre navigateur et autorisez l&apos;accès&#xa0;; Smarthost poursuit automatiquement dès que la clé est approuvée.</translation>
    </message>
    <message>
        <source>The key is approved. Testing it…</source>
        <translation>La clé est approuvée. Test en cours…</translation>
    </message>
    <message>
        <source>Saving the profile; its secrets go to the %1…</source>
        <translation>Enregistrement du profil&#xa0;; ses secrets seront stockés dans %1…</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>Détail&#xa0;: %1</translation>
    </message>
    <message>
        <source>The keys work, but no system keychain is available to keep their secrets, and Smarthost never writes them to a file.</source>
        <translation>Les clés fonctionnent, mais aucun trousseau système n&apos;est disponible pour conserver leurs secrets, et Smarthost ne les écrit jamais dans un fichier.</translation>
    </message>
    <message>
        <source>You can keep them in memory for this session only: Smarthost works until you quit, and you sign in again next time.</source>
        <translation>Vous pouvez les garder en mémoire pour cette session uniquement&#xa0;: Smarthost fonctionne jusqu&apos;à ce que vous le quittiez, et vous vous reconnecterez la prochaine fois.</translation>
    </message>
    <message>
        <source>The keys work, but the %1 did not save their secrets.</source>
        <translation>Les clés fonctionnent, mais leurs secrets n&apos;ont pas pu être enregistrés dans %1.</translation>
    </message>
    <message>
        <source>Go back to try again, or keep the secrets in memory for this session only.</source>
        <translation>Revenez en arrière pour réessayer, ou gardez les secrets en mémoire pour cette session uniquement.</translation>
    </message>
    <message>
        <source>Keeping the secrets in memory for this session…</source>
        <translation>Conservation des secrets en mémoire pour cette session…</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>le trousseau</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign In to OVHcloud</source>
        <translation>Connexion à OVHcloud</translation>
    </message>
    <message>
        <source>Smarthost works with the OVHcloud API through keys of your own. It tests them before saving anything, and keeps the secrets in the system keychain, never in a file.</source>
        <translation>Smarthost utilise l&apos;API OVHcloud au moyen de vos propres clés. Il les teste avant d&apos;enregistrer quoi que ce soit, et conserve les secrets dans le trousseau du système, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil&#xa0;:</translation>
    </message>
    <message>
        <source>A name for these keys, e.g. one profile per customer</source>
        <translation>Un nom pour ces clés, p. ex. un profil par client</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>Ré&amp;gion&#xa0;:</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>A&amp;vancé</translation>
    </message>
    <message>
        <source>Use another API address instead of a region</source>
        <translation>Utiliser une autre adresse d&apos;API au lieu d&apos;une région</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>&amp;URL de l&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>https://eu.api.ovh.com/1.0</source>
        <translation>https://eu.api.ovh.com/1.0</translation>
    </message>
    <message>
        <source>How to Sign In</source>
        <translation>Mode de connexion</translation>
    </message>
    <message>
        <source>I &amp;have keys</source>
        <translation>J&apos;ai &amp;déjà des clés</translation>
    </message>
    <message>
        <source>&amp;Create a key for me</source>
        <translation>&amp;Créer une clé pour moi</translation>
    </message>
    <message>
        <source>Service &amp;account (OAuth2)</source>
        <translation>Comp&amp;te de service (OAuth2)</translation>
    </message>
    <message>
        <source>&amp;Import ovh.conf</source>
        <translation>&amp;Importer ovh.conf</translation>
    </message>
    <message>
        <source>Enter the three keys of an application you created on OVHcloud&apos;s createApp page, with a consumer key allowed to use /email/exchange.</source>
        <translation>Saisissez les trois clés d&apos;une application que vous avez créée sur la page createApp d&apos;OVHcloud, avec une clé consommateur autorisée à utiliser /email/exchange.</translation>
    </message>
    <message>
        <source>Application &amp;key:</source>
        <translation>Clé d&apos;&amp;application&#xa0;:</translation>
    </message>
    <message>
        <source>Application s&amp;ecret:</source>
        <translation>S&amp;ecret d&apos;application&#xa0;:</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <comment>Show the secret in clear</comment>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <source>Show the application secret</source>
        <translation>Afficher le secret d&apos;application</translation>
    </message>
    <message>
        <source>Co&amp;nsumer key:</source>
        <translation>Clé co&amp;nsommateur&#xa0;:</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <comment>Show the consumer key in clear</comment>
        <translation>Affic&amp;her</translation>
    </message>
    <message>
        <source>Show the consumer key</source>
        <translation>Afficher la clé consommateur</translation>
    </message>
    <message>
        <source>Create an application on OVHcloud (any name and description will do), then enter its key and secret here. Smarthost asks OVHcloud for a consumer key and opens a page where you approve it.</source>
        <translation>Créez une application sur OVHcloud (nom et description au choix), puis saisissez ici sa clé et son secret. Smarthost demande une clé consommateur à OVHcloud et ouvre une page sur laquelle vous l&apos;approuvez.</translation>
    </message>
    <message>
        <source>Create an Application on OVHc&amp;loud…</source>
        <translation>Créer une application sur OVHc&amp;loud…</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <comment>Show the secret in clear</comment>
        <translation>Affic&amp;her</translation>
    </message>
    <message>
        <source>The consumer key may only use GET, POST, PUT and DELETE on /email/exchange/*, and nothing else in your account.</source>
        <translation>La clé consommateur pourra uniquement utiliser GET, POST, PUT et DELETE sur /email/exchange/*, et rien d&apos;autre dans votre compte.</translation>
    </message>
    <message>
        <source>A service account of your OVHcloud account, with an IAM policy that allows the Exchange actions. Smarthost gets a token from the region&apos;s OAuth2 server and renews it before it expires.</source>
        <translation>Un compte de service de votre compte OVHcloud, avec une politique IAM qui autorise les actions Exchange. Smarthost obtient un jeton auprès du serveur OAuth2 de la région et le renouvelle avant son expiration.</translation>
    </message>
    <message>
        <source>Client I&amp;D:</source>
        <translation>ID c&amp;lient&#xa0;:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>S&amp;ecret client&#xa0;:</translation>
    </message>
    <message>
        <source>Show the client secret</source>
        <translation>Afficher le secret client</translation>
    </message>
    <message>
        <source>&amp;Default places: OVH_* variables, ./ovh.conf, ~/.ovh.conf, /etc/ovh.conf</source>
        <translation>&amp;Emplacements par défaut&#xa0;: variables OVH_*, ./ovh.conf, ~/.ovh.conf, /etc/ovh.conf</translation>
    </message>
    <message>
        <source>&amp;This file:</source>
        <translation>Ce &amp;fichier&#xa0;:</translation>
    </message>
    <message>
        <source>/path/to/ovh.conf</source>
        <translation>/chemin/vers/ovh.conf</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>Found in:</source>
        <translation>Trouvé dans&#xa0;:</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Point d&apos;accès&#xa0;:</translation>
    </message>
    <message>
        <source>Application key:</source>
        <translation>Clé d&apos;application&#xa0;:</translation>
    </message>
    <message>
        <source>Application secret:</source>
        <translation>Secret d&apos;application&#xa0;:</translation>
    </message>
    <message>
        <source>Consumer key:</source>
        <translation>Clé consommateur&#xa0;:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>ID client&#xa0;:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Secret client&#xa0;:</translation>
    </message>
    <message>
        <source>No page? Open this address:</source>
        <translation>Aucune page&#xa0;? Ouvrez cette adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Open the Page A&amp;gain</source>
        <translation>R&amp;ouvrir la page</translation>
    </message>
    <message>
        <source>Stop &amp;Waiting</source>
        <translation>Arrêter l&apos;atte&amp;nte</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>Keep in &amp;Memory for This Session</source>
        <translation>Garder en &amp;mémoire pour cette session</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>Smarthost could not open a web browser. Open this address yourself: %1</source>
        <translation>Smarthost n&apos;a pas pu ouvrir de navigateur web. Ouvrez vous-même cette adresse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stopped waiting: the consumer key was not approved, and nothing was saved.</source>
        <translation>Attente interrompue&#xa0;: la clé consommateur n&apos;a pas été approuvée, et rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Click Sign In again to save the profile.</source>
        <translation>Cliquez de nouveau sur Se connecter pour enregistrer le profil.</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <source>OVHcloud Europe</source>
        <extracomment>Region of the OVHcloud API (eu.api.ovh.com).</extracomment>
        <translation>OVHcloud Europe</translation>
    </message>
    <message>
        <source>OVHcloud Canada</source>
        <extracomment>Region of the OVHcloud API (ca.api.ovh.com).</extracomment>
        <translation>OVHcloud Canada</translation>
    </message>
    <message>
        <source>OVHcloud United States</source>
        <extracomment>Region of the OVHcloud API (api.us.ovhcloud.com).</extracomment>
        <translation>OVHcloud États-Unis</translation>
    </message>
    <message>
        <source>A profile named “%1” exists: signing in replaces its keys.</source>
        <translation>Un profil nommé «&#xa0;%1&#xa0;» existe déjà&#xa0;: la connexion remplacera ses clés.</translation>
    </message>
    <message>
        <source>Save one profile per customer, say, and switch between them from the File menu.</source>
        <translation>Enregistrez par exemple un profil par client, et passez de l&apos;un à l&apos;autre depuis le menu Fichier.</translation>
    </message>
    <message>
        <source>Enter the address of the API, e.g. https://eu.api.ovh.com/1.0.</source>
        <translation>Saisissez l&apos;adresse de l&apos;API, p. ex. https://eu.api.ovh.com/1.0.</translation>
    </message>
    <message>
        <source>Enter the application key, the application secret and the consumer key.</source>
        <translation>Saisissez la clé d&apos;application, le secret d&apos;application et la clé consommateur.</translation>
    </message>
    <message>
        <source>Enter the key and the secret of your application.</source>
        <translation>Saisissez la clé et le secret de votre application.</translation>
    </message>
    <message>
        <source>Enter the client ID and the client secret of the service account.</source>
        <translation>Saisissez l&apos;ID client et le secret client du compte de service.</translation>
    </message>
    <message>
        <source>The configuration has no complete set of keys.</source>
        <translation>La configuration ne contient aucun jeu de clés complet.</translation>
    </message>
    <message>
        <source>Keys never contain spaces: check what was pasted.</source>
        <translation>Les clés ne contiennent jamais d&apos;espaces&#xa0;: vérifiez ce qui a été collé.</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>Saisissez un nom pour le profil.</translation>
    </message>
    <message numerus="yes">
        <source>The profile name is too long: %n character(s) at most.</source>
        <translation>
            <numerusform>Le nom du profil est trop long&#xa0;: %n caractère au maximum.</numerusform>
            <numerusform>Le nom du profil est trop long&#xa0;: %n caractères au maximum.</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile name cannot contain control characters.</source>
        <translation>Le nom du profil ne peut pas contenir de caractères de contrôle.</translation>
    </message>
</context>
<context>
    <name>SimCommandLine</name>
    <message>
        <source>Simulates the OVHcloud API v1 (Exchange send connectors) on 127.0.0.1 for demos and tests. Runs until interrupted.</source>
        <translation>Simule l&apos;API OVHcloud v1 (connecteurs d&apos;envoi Exchange) sur 127.0.0.1 pour les démonstrations et les tests. S&apos;exécute jusqu&apos;à son interruption.</translation>
    </message>
    <message>
        <source>Port to listen on (default: chosen by the system).</source>
        <translation>Port d&apos;écoute (par défaut&#xa0;: choisi par le système).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Adds N generated accounts user0001@mydomain.ovh….</source>
        <translation>Ajoute N comptes générés user0001@mydomain.ovh….</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Adds a Hosted Exchange organization (hosted-zz222222-1).</source>
        <translation>Ajoute une organisation Hosted Exchange (hosted-zz222222-1).</translation>
    </message>
    <message>
        <source>Delays every answer by this many milliseconds.</source>
        <translation>Retarde chaque réponse de ce nombre de millisecondes.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Duration of each task step (todo, doing) in milliseconds.</source>
        <translation>Durée de chaque étape d&apos;une tâche (todo, doing), en millisecondes.</translation>
    </message>
    <message>
        <source>Ignores the X-Pagination-Mode header (plain id lists only).</source>
        <translation>Ignore l&apos;en-tête X-Pagination-Mode (listes d&apos;identifiants simples uniquement).</translation>
    </message>
    <message>
        <source>Ignores the X-Ovh-Batch header (comma-joined ids are one id).</source>
        <translation>Ignore l&apos;en-tête X-Ovh-Batch (des identifiants séparés par des virgules forment un seul identifiant).</translation>
    </message>
    <message>
        <source>Server clock minus local clock, in seconds.</source>
        <translation>Horloge du serveur moins horloge locale, en secondes.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>spec</source>
        <translation>règle</translation>
    </message>
    <message>
        <source>Seed of every pseudo-random choice.</source>
        <translation>Graine de tous les choix pseudo-aléatoires.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Prints one line per answered request on standard error.</source>
        <translation>Affiche une ligne par requête traitée sur la sortie d&apos;erreur standard.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>--port needs a number from 0 to 65535.</source>
        <translation>--port nécessite un nombre compris entre 0 et 65535.</translation>
    </message>
    <message>
        <source>--accounts needs a number from 0 to 100000.</source>
        <translation>--accounts nécessite un nombre compris entre 0 et 100000.</translation>
    </message>
    <message>
        <source>--latency-ms and --task-ms need a number of milliseconds.</source>
        <translation>--latency-ms et --task-ms nécessitent un nombre de millisecondes.</translation>
    </message>
    <message>
        <source>--clock-offset needs a number of seconds.</source>
        <translation>--clock-offset nécessite un nombre de secondes.</translation>
    </message>
    <message>
        <source>--seed needs a number from 0 to 4294967295.</source>
        <translation>--seed nécessite un nombre compris entre 0 et 4294967295.</translation>
    </message>
    <message>
        <source># ovh.conf (signed requests)</source>
        <translation># ovh.conf (requêtes signées)</translation>
    </message>
    <message>
        <source># or as environment variables</source>
        <translation># ou sous forme de variables d&apos;environnement</translation>
    </message>
    <message>
        <source># OAuth2 service account (instead of the keys above), token URL %1</source>
        <translation># Compte de service OAuth2 (à la place des clés ci-dessus), URL des jetons %1</translation>
    </message>
    <message>
        <source># Press Ctrl+C to stop.</source>
        <translation># Appuyez sur Ctrl+C pour arrêter.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 port %1: %2</source>
        <translation>Impossible d&apos;écouter sur 127.0.0.1, port %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Injects a fault: METHOD:REGEX:KIND[:RATE[:COUNT]], e.g. &quot;*:/sendConnector:503:0.5&quot;; COUNT: at most that many times. Kinds: %1. Repeatable.</source>
        <translation>Injecte une panne&#xa0;: METHOD:REGEX:KIND[:RATE[:COUNT]], par ex. «&#xa0;*:/sendConnector:503:0.5&#xa0;»&#xa0;; COUNT&#xa0;: au plus ce nombre de fois. Types&#xa0;: %1. Répétable.</translation>
    </message>
</context>
<context>
    <name>SmtpConnection</name>
    <message>
        <source>Ignored data sent before the TLS handshake.</source>
        <translation>Données envoyées avant la négociation TLS ignorées.</translation>
    </message>
    <message>
        <source>Certificate problem: %1</source>
        <translation>Problème de certificat&#xa0;: %1</translation>
    </message>
    <message>
        <source>TLS established: %1, %2, certificate %3</source>
        <translation>TLS établi&#xa0;: %1, %2, certificat %3</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>NON vérifié</translation>
    </message>
    <message>
        <source>Ignored a reply sent before the TLS handshake.</source>
        <translation>Réponse envoyée avant la négociation TLS ignorée.</translation>
    </message>
</context>
<context>
    <name>SmtpProbe</name>
    <message>
        <source>No smart host or port to probe.</source>
        <translation>Aucun serveur d&apos;envoi SMTP ou port à tester.</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2…</source>
        <translation>Connexion à %1, port %2…</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 with implicit TLS</source>
        <translation>Connexion à %1, port %2, en TLS implicite</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2</source>
        <translation>Connexion à %1, port %2</translation>
    </message>
    <message>
        <source>TLS is not available on this system.</source>
        <translation>TLS n&apos;est pas disponible sur ce système.</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>Negotiating TLS…</source>
        <translation>Négociation TLS…</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s greeting…</source>
        <translation>Attente de la bannière du serveur…</translation>
    </message>
    <message>
        <source>Sending EHLO…</source>
        <translation>Envoi de la commande EHLO…</translation>
    </message>
    <message>
        <source>Sending HELO…</source>
        <translation>Envoi de la commande HELO…</translation>
    </message>
    <message>
        <source>Starting TLS…</source>
        <translation>Démarrage de TLS…</translation>
    </message>
    <message>
        <source>Credentials not sent: the connection is not encrypted.</source>
        <translation>Identifiants non envoyés&#xa0;: la connexion n&apos;est pas chiffrée.</translation>
    </message>
    <message>
        <source>Credentials not sent: the certificate did not verify.</source>
        <translation>Identifiants non envoyés&#xa0;: le certificat n&apos;a pas pu être vérifié.</translation>
    </message>
    <message>
        <source>Logging in with AUTH %1…</source>
        <translation>Identification avec AUTH %1…</translation>
    </message>
    <message>
        <source>Closing the session…</source>
        <translation>Fermeture de la session…</translation>
    </message>
    <message>
        <source>No reply to QUIT; closing.</source>
        <translation>Aucune réponse à QUIT&#xa0;; fermeture.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Arrêté&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SmtpReplyParser</name>
    <message>
        <source>The server sent a line longer than %1 bytes.</source>
        <translation>Le serveur a envoyé une ligne de plus de %1 octets.</translation>
    </message>
    <message>
        <source>The server sent a line that is not an SMTP reply: %1</source>
        <translation>Le serveur a envoyé une ligne qui n&apos;est pas une réponse SMTP&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server changed the reply code inside a multi-line reply (%1 then %2).</source>
        <translation>Le serveur a changé de code de réponse au sein d&apos;une réponse multiligne (%1 puis %2).</translation>
    </message>
    <message>
        <source>The server sent a reply longer than %1 lines.</source>
        <translation>Le serveur a envoyé une réponse de plus de %1 lignes.</translation>
    </message>
</context>
<context>
    <name>TaskDock</name>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
</context>
<context>
    <name>TaskListModel</name>
    <message>
        <source>%1 on %2</source>
        <extracomment>Task list: %1 is what the task works on, %2 the Exchange service.</extracomment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Not followed</source>
        <extracomment>Task list: Smarthost could not follow the task (it may still run).</extracomment>
        <translation>Non suivie</translation>
    </message>
    <message>
        <source>OVHcloud task %1</source>
        <extracomment>Task list tooltip: %1 is OVHcloud&apos;s task id.</extracomment>
        <translation>Tâche OVHcloud %1</translation>
    </message>
    <message>
        <source>Function</source>
        <extracomment>Task list column: the API&apos;s task function, e.g. addSendConnector.</extracomment>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fin</translation>
    </message>
</context>
<context>
    <name>TaskWatcher</name>
    <message>
        <source>Stopped following task %1; it may still finish on OVHcloud&apos;s side.</source>
        <translation>Suivi de la tâche %1 arrêté&#xa0;; elle peut encore se terminer côté OVHcloud.</translation>
    </message>
    <message numerus="yes">
        <source>Task %1 (%2) is still &quot;%3&quot; after %n minute(s).</source>
        <translation>
            <numerusform>La tâche %1 (%2) est toujours à l&apos;état «&#xa0;%3&#xa0;» après %n minute.</numerusform>
            <numerusform>La tâche %1 (%2) est toujours à l&apos;état «&#xa0;%3&#xa0;» après %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Task %1 (%2) is still &quot;%3&quot; after %n second(s).</source>
        <translation>
            <numerusform>La tâche %1 (%2) est toujours «&#xa0;%3&#xa0;» après %n seconde.</numerusform>
            <numerusform>La tâche %1 (%2) est toujours «&#xa0;%3&#xa0;» après %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TlsInfo</name>
    <message>
        <source>older protocol (%1)</source>
        <extracomment>%1 is Qt&apos;s numeric protocol code</extracomment>
        <translation>protocole ancien (%1)</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <source>Route verdict</source>
        <translation>Verdict sur le chemin</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Paste the header of a received message to see its route.</source>
        <translation>Collez l&apos;en-tête d&apos;un message reçu pour afficher son chemin.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 a connector&apos;s name, %2 its smart host</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No connector chosen: the route is shown without a verdict</source>
        <translation>Aucun connecteur choisi&#xa0;: le chemin est affiché sans verdict</translation>
    </message>
    <message>
        <source>Sent through connector %1</source>
        <extracomment>%1 is the connector: &quot;name (host)&quot; or a host</extracomment>
        <translation>Envoyé via le connecteur %1</translation>
    </message>
    <message>
        <source>Probably sent through connector %1</source>
        <translation>Probablement envoyé via le connecteur %1</translation>
    </message>
    <message>
        <source>Unclear whether it was sent through connector %1</source>
        <translation>Impossible de dire s&apos;il a été envoyé via le connecteur %1</translation>
    </message>
    <message>
        <source>Not sent through %1: no hop shows its relay</source>
        <translation>Non envoyé via %1&#xa0;: aucun saut ne mentionne son relais</translation>
    </message>
    <message>
        <source>Not sent through %1: left via %2</source>
        <extracomment>%1 the connector, %2 the server the message left through</extracomment>
        <translation>Non envoyé via %1&#xa0;: sorti par %2</translation>
    </message>
    <message>
        <source>hop %1</source>
        <extracomment>%1 is a hop number</extracomment>
        <translation>saut %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New Connector…</source>
        <translation>&amp;Nouveau connecteur…</translation>
    </message>
    <message>
        <source>Add a send connector to the selected service</source>
        <translation>Ajouter un connecteur d&apos;envoi au service sélectionné</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected send connector</source>
        <translation>Modifier le connecteur d&apos;envoi sélectionné</translation>
    </message>
    <message>
        <source>Change &amp;Authentication…</source>
        <translation>Modifier l&apos;au&amp;thentification…</translation>
    </message>
    <message>
        <source>Change how the selected connector logs in to its relay</source>
        <translation>Modifier la façon dont le connecteur sélectionné s&apos;authentifie auprès de son relais</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete the selected send connector</source>
        <translation>Supprimer le connecteur d&apos;envoi sélectionné</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Read the services from OVHcloud again</source>
        <translation>Relire les services depuis OVHcloud</translation>
    </message>
    <message>
        <source>&amp;Find Account</source>
        <translation>&amp;Rechercher un compte</translation>
    </message>
    <message>
        <source>Filter the accounts</source>
        <translation>Filtrer les comptes</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit Smarthost</source>
        <translation>Quitter Smarthost</translation>
    </message>
    <message>
        <source>&amp;About Smarthost</source>
        <translation>À &amp;propos de Smarthost</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Connector</source>
        <translation>&amp;Connecteur</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>&amp;Network Settings…</source>
        <translation>&amp;Paramètres réseau…</translation>
    </message>
    <message>
        <source>How many requests per second Smarthost sends at most</source>
        <translation>Nombre maximal de requêtes par seconde envoyées par Smarthost</translation>
    </message>
</context>
</TS>

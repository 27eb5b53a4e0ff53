<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en">
<context>
    <name>AccountBinder</name>
    <message>
        <source>Connector %1 no longer exists.</source>
        <translation>Il connettore %1 non esiste più.</translation>
    </message>
    <message>
        <source>“%1” is %2: wait until it is ready.</source>
        <extracomment>%1 is a connector&apos;s name, %2 its state (creating, deleting, suspended…).</extracomment>
        <translation>“%1” è nello stato %2: attendi che sia pronto.</translation>
    </message>
    <message>
        <source>The service %1 is not loaded.</source>
        <translation>Il servizio %1 non è caricato.</translation>
    </message>
    <message>
        <source>No account is selected.</source>
        <translation>Nessun account selezionato.</translation>
    </message>
    <message>
        <source>%1 is not an account of %2.</source>
        <translation>%1 non è un account di %2.</translation>
    </message>
    <message>
        <source>%1 is not a domain of %2.</source>
        <translation>%1 non è un dominio di %2.</translation>
    </message>
    <message numerus="yes">
        <source>Detach %n account(s)</source>
        <translation>
            <numerusform>Scollega %n account</numerusform>
            <numerusform>Scollega %n account</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attach %n account(s) to %1</source>
        <extracomment>Undo/redo text; %1 is the connector&apos;s name.</extracomment>
        <translation>
            <numerusform>Associa %n account a %1</numerusform>
            <numerusform>Associa %n account a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Default connector of %1: %2</source>
        <extracomment>Undo/redo text; %1 is a domain, %2 a connector or the platform&apos;s server.</extracomment>
        <translation>Connettore predefinito di %1: %2</translation>
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
        <translation>Impossibile leggere l&apos;account %1:</translation>
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <source>Email address</source>
        <translation>Indirizzo e-mail</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nome visualizzato</translation>
    </message>
    <message>
        <source>Licence</source>
        <extracomment>Exchange licence of the account (basic, standard, enterprise).</extracomment>
        <translation>Licenza</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Sends through</source>
        <extracomment>The send connector the account sends through (or the platform&apos;s server).</extracomment>
        <translation>Invia tramite</translation>
    </message>
    <message>
        <source>moving…</source>
        <extracomment>The account&apos;s send connector is being changed.</extracomment>
        <translation>spostamento…</translation>
    </message>
</context>
<context>
    <name>AccountsPane</name>
    <message>
        <source>Accounts</source>
        <translation>Account</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n account</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n account(s)</source>
        <extracomment>%1 accounts shown by the filter out of %n.</extracomment>
        <translation>
            <numerusform>%1 di %n account</numerusform>
            <numerusform>%1 di %n account</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter accounts…</source>
        <translation>Filtra account…</translation>
    </message>
    <message>
        <source>Shows the accounts whose address, name, licence, state or connector contains this text</source>
        <translation>Mostra gli account il cui indirizzo, nome, licenza, stato o connettore contiene questo testo</translation>
    </message>
    <message>
        <source>Accounts of %1</source>
        <extracomment>Tooltip of the accounts title; %1 is the Exchange service.</extracomment>
        <translation>Account di %1</translation>
    </message>
</context>
<context>
    <name>ActivityIndicator</name>
    <message numerus="yes">
        <source>%n task(s) running</source>
        <translation>
            <numerusform>%n attività in corso</numerusform>
            <numerusform>%n attività in corso</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading from OVHcloud…</source>
        <translation>Lettura da OVHcloud…</translation>
    </message>
</context>
<context>
    <name>AllHeadersModel</name>
    <message>
        <source>%1

Hop %2 in the hop table</source>
        <extracomment>%1 is the full header; %2 the hop number</extracomment>
        <translation>%1

Hop %2 nella tabella degli hop</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Columns of the &quot;All headers&quot; table</extracomment>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message numerus="yes">
        <source>No usable answer from the API within %n second(s).</source>
        <translation>
            <numerusform>Nessuna risposta utilizzabile dall&apos;API entro %n secondo.</numerusform>
            <numerusform>Nessuna risposta utilizzabile dall&apos;API entro %n secondi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Operazione annullata.</translation>
    </message>
    <message>
        <source>The API did not answer in time (%1).</source>
        <translation>L&apos;API non ha risposto in tempo (%1).</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Errore di rete: %1</translation>
    </message>
    <message>
        <source>The change may or may not have been applied: refresh before trying again.</source>
        <translation>Non è certo che la modifica sia stata applicata: aggiorna prima di riprovare.</translation>
    </message>
    <message>
        <source>Unexpected redirect (HTTP %1) from the API.</source>
        <translation>Reindirizzamento imprevisto (HTTP %1) dall&apos;API.</translation>
    </message>
    <message>
        <source>The answer was cut off: %1</source>
        <translation>La risposta è stata interrotta: %1</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>HTTP error %1</source>
        <translation>Errore HTTP %1</translation>
    </message>
    <message>
        <source>HTTP error %1: %2</source>
        <translation>Errore HTTP %1: %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>query id %1</source>
        <translation>ID query %1</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>Cannot build a valid URL for %1</source>
        <translation>Impossibile creare un URL valido per %1</translation>
    </message>
    <message>
        <source>GET /auth/time did not return a time</source>
        <translation>GET /auth/time non ha restituito un orario</translation>
    </message>
</context>
<context>
    <name>AttachCommand</name>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1 attached, %2 failed.</source>
        <translation>%1 associati, %2 non riusciti.</translation>
    </message>
    <message>
        <source>%1 detached, %2 failed.</source>
        <translation>%1 scollegati, %2 non riusciti.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>AttachController</name>
    <message>
        <source>Could not change the default connector of %1: %2</source>
        <translation>Impossibile modificare il connettore predefinito di %1: %2</translation>
    </message>
    <message>
        <source>New accounts of %1 will send through %2. Existing accounts are not changed.</source>
        <extracomment>%1 is a domain, %2 a connector or the platform&apos;s server.</extracomment>
        <translation>I nuovi account di %1 invieranno tramite %2. Gli account esistenti non vengono modificati.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>Cu&amp;t Accounts</source>
        <translation>&amp;Taglia account</translation>
    </message>
    <message>
        <source>Pick the selected accounts, to paste them onto a connector</source>
        <translation>Prende gli account selezionati, per incollarli su un connettore</translation>
    </message>
    <message>
        <source>&amp;Paste Accounts</source>
        <translation>&amp;Incolla account</translation>
    </message>
    <message>
        <source>Attach the cut accounts to the selected connector, or detach them onto “Platform outgoing server”</source>
        <translation>Associa gli account tagliati al connettore selezionato, oppure scollegali incollandoli su “Server di invio della piattaforma”</translation>
    </message>
    <message>
        <source>&amp;Detach</source>
        <translation>&amp;Scollega</translation>
    </message>
    <message>
        <source>Send the selected accounts through the platform&apos;s outgoing server again</source>
        <translation>Fa inviare di nuovo gli account selezionati tramite il server di invio della piattaforma</translation>
    </message>
    <message>
        <source>&amp;Attach to Connector</source>
        <translation>Associa al co&amp;nnettore</translation>
    </message>
    <message>
        <source>Select accounts first, in the tree or in the accounts table.</source>
        <translation>Seleziona prima uno o più account, nell&apos;albero o nella tabella degli account.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) cut: select a connector (or “Platform outgoing server”) and paste.</source>
        <translation>
            <numerusform>%n account tagliato: seleziona un connettore (o “Server di invio della piattaforma”) e incolla.</numerusform>
            <numerusform>%n account tagliati: seleziona un connettore (o “Server di invio della piattaforma”) e incolla.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a send connector, or “Platform outgoing server”, to paste onto.</source>
        <translation>Seleziona un connettore di invio, o “Server di invio della piattaforma”, su cui incollare.</translation>
    </message>
    <message>
        <source>These accounts belong to %1: they can only use that service&apos;s connectors.</source>
        <translation>Questi account appartengono a %1: possono usare solo i connettori di quel servizio.</translation>
    </message>
    <message>
        <source>These accounts already use the platform&apos;s outgoing server.</source>
        <translation>Questi account usano già il server di invio della piattaforma.</translation>
    </message>
    <message>
        <source>These accounts already use this connector.</source>
        <translation>Questi account usano già questo connettore.</translation>
    </message>
    <message>
        <source>No send connector yet</source>
        <translation>Ancora nessun connettore di invio</translation>
    </message>
    <message>
        <source>Default &amp;Connector for New Accounts</source>
        <translation>Connettore pre&amp;definito per i nuovi account</translation>
    </message>
    <message>
        <source>Existing accounts are not changed.</source>
        <translation>Gli account esistenti non vengono modificati.</translation>
    </message>
    <message>
        <source>Select accounts first</source>
        <translation>Seleziona prima uno o più account</translation>
    </message>
</context>
<context>
    <name>AttachFailureDialog</name>
    <message>
        <source>Some Accounts Were Not Changed</source>
        <translation>Alcuni account non sono stati modificati</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;The accounts below stay where OVHcloud says they are. Quote the query ID when you contact OVHcloud support.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Gli account elencati di seguito restano nella configurazione indicata da OVHcloud. Indica l&apos;ID query quando contatti il supporto OVHcloud.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>OVHcloud&apos;s message</source>
        <translation>Messaggio di OVHcloud</translation>
    </message>
    <message>
        <source>Query ID</source>
        <translation>ID query</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
</context>
<context>
    <name>AttachJob</name>
    <message numerus="yes">
        <source>%n detached</source>
        <translation>
            <numerusform>%n scollegato</numerusform>
            <numerusform>%n scollegati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached</source>
        <translation>
            <numerusform>%n associato</numerusform>
            <numerusform>%n associati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n failed</source>
        <translation>
            <numerusform>%1, %n non riuscito</numerusform>
            <numerusform>%1, %n non riusciti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n cancelled</source>
        <translation>
            <numerusform>%1, %n annullato</numerusform>
            <numerusform>%1, %n annullati</numerusform>
        </translation>
    </message>
    <message>
        <source>The account could not be read back: %1</source>
        <translation>Impossibile rileggere l&apos;account: %1</translation>
    </message>
</context>
<context>
    <name>AttachProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Stop the accounts not sent yet (those already sent finish)</source>
        <translation>Interrompe gli account non ancora inviati (quelli già inviati vengono completati)</translation>
    </message>
    <message numerus="yes">
        <source>Moving accounts: %1 of %n</source>
        <extracomment>Status bar while send connectors of accounts are changed; %1 of %n done.</extracomment>
        <translation>
            <numerusform>Spostamento account: %1 di %n</numerusform>
            <numerusform>Spostamento account: %1 di %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthenticationChipsModel</name>
    <message>
        <source>%1, stated in %2 (no server named)</source>
        <translation>%1, indicato in %2 (nessun server specificato)</translation>
    </message>
    <message>
        <source>%1, stated by %2 in %3</source>
        <translation>%1, indicato da %2 in %3</translation>
    </message>
    <message>
        <source>Signed by %1 (selector %2)</source>
        <extracomment>%1 the signing domain (d=), %2 the selector (s=)</extracomment>
        <translation>Firmato da %1 (selettore %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n ARC set(s); chain validation: %1</source>
        <extracomment>%2 is the ARC chain validation status (pass, fail, none)</extracomment>
        <translation>
            <numerusform>%n set ARC; convalida della catena: %1</numerusform>
            <numerusform>%n set ARC; convalida della catena: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No header states a %1 result.</source>
        <extracomment>%1 is SPF, DKIM or DMARC</extracomment>
        <translation>Nessuna intestazione riporta un risultato %1.</translation>
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
        <translation>Cambia autenticazione</translation>
    </message>
    <message>
        <source>&amp;Mechanism:</source>
        <translation>&amp;Meccanismo:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utente:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <comment>Show the password in clear</comment>
        <translation>M&amp;ostra</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Mostra la password</translation>
    </message>
    <message>
        <source>Change Authentication of “%1”</source>
        <extracomment>Title of the change authentication dialog; %1 is the connector&apos;s name.</extracomment>
        <translation>Cambia autenticazione di “%1”</translation>
    </message>
    <message>
        <source>Currently: %1. OVHcloud applies the change in a task. The user name and password are never shown back: enter both again.</source>
        <translation>Attuale: %1. OVHcloud applica la modifica tramite un&apos;attività. Il nome utente e la password non vengono mai mostrati: inseriscili di nuovo entrambi.</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Cambia</translation>
    </message>
    <message>
        <source>This mechanism needs TLS: edit the connector and turn on &quot;Require TLS&quot; first.</source>
        <translation>Questo meccanismo richiede TLS: modifica prima il connettore e attiva &quot;Richiedi TLS&quot;.</translation>
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <source>--%1 expects a whole number, not &quot;%2&quot;.</source>
        <translation>--%1 richiede un numero intero, non &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Print JSON with the API&apos;s field names.</source>
        <translation>Stampa JSON con i nomi dei campi dell&apos;API.</translation>
    </message>
    <message>
        <source>ovh-eu, ovh-ca, ovh-us or a base URL.</source>
        <translation>ovh-eu, ovh-ca, ovh-us o un URL di base.</translation>
    </message>
    <message>
        <source>Read only this ovh.conf file.</source>
        <translation>Legge solo questo file ovh.conf.</translation>
    </message>
    <message>
        <source>Use this saved profile.</source>
        <translation>Usa questo profilo salvato.</translation>
    </message>
    <message>
        <source>Connector display name.</source>
        <translation>Nome visualizzato del connettore.</translation>
    </message>
    <message>
        <source>Smart host (SMTP relay).</source>
        <translation>Smart host (relay SMTP).</translation>
    </message>
    <message>
        <source>SMTP port.</source>
        <translation>Porta SMTP.</translation>
    </message>
    <message>
        <source>Require TLS.</source>
        <translation>Richiede TLS.</translation>
    </message>
    <message>
        <source>Do not require TLS.</source>
        <translation>Non richiede TLS.</translation>
    </message>
    <message>
        <source>none, basicAuth or basicAuthRequireTLS.</source>
        <translation>none, basicAuth o basicAuthRequireTLS.</translation>
    </message>
    <message>
        <source>User name for the smart host.</source>
        <translation>Nome utente per lo smart host.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Legge la password dallo standard input.</translation>
    </message>
    <message>
        <source>Maximum message size in MB (1-100).</source>
        <translation>Dimensione massima dei messaggi in MB (1-100).</translation>
    </message>
    <message>
        <source>The connector&apos;s smart host, for the verdict.</source>
        <translation>Smart host del connettore, per il verdetto.</translation>
    </message>
    <message>
        <source>Another name of the relay.</source>
        <translation>Un altro nome del relay.</translation>
    </message>
    <message>
        <source>Application key.</source>
        <translation>Application key OVHcloud.</translation>
    </message>
    <message>
        <source>Read the application secret from standard input.</source>
        <translation>Legge l&apos;application secret dallo standard input.</translation>
    </message>
    <message>
        <source>Read the consumer key from standard input.</source>
        <translation>Legge la consumer key dallo standard input.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostra questo aiuto.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostra la versione.</translation>
    </message>
    <message>
        <source>--tls and --no-tls cannot be used together.</source>
        <translation>--tls e --no-tls non possono essere usati insieme.</translation>
    </message>
    <message>
        <source>At most N requests per second (0: no limit; default 20).</source>
        <translation>Al massimo N richieste al secondo (0: nessun limite; predefinito: 20).</translation>
    </message>
    <message>
        <source>--rate-limit expects 0 or more requests per second.</source>
        <translation>--rate-limit richiede un numero di richieste al secondo pari o superiore a 0.</translation>
    </message>
    <message>
        <source>Give up waiting for an answer after S seconds (default 90).</source>
        <translation>Smettere di attendere una risposta dopo S secondi (predefinito 90).</translation>
    </message>
    <message>
        <source>--timeout expects a number of seconds from 1 to %1.</source>
        <translation>--timeout richiede un numero di secondi da 1 a %1.</translation>
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
        <translation>Uso: smarthost-cli [--endpoint NAME|URL] [--config FILE] [--profile NAME] [--rate-limit N] [--timeout S] [--json] COMMAND …

Gestione dei connettori di invio di OVHcloud Exchange (smart host SMTP).

Comandi:
  services                                  coppie organizzazione/servizio con l&apos;offerta
  connectors ORG SVC                        tutti i connettori con tutti i campi
  connector-add ORG SVC --name N --host H [--port P] [--tls|--no-tls]
        [--auth none|basicAuth|basicAuthRequireTLS] [--user U] [--password-stdin] [--max-size MB]
                                            attende l&apos;attività, stampa il nuovo connettore
  connector-edit ORG SVC ID [--name N] [--host H] [--port P] [--tls|--no-tls] [--max-size MB]
  connector-auth ORG SVC ID --auth MECH [--user U] [--password-stdin]     attende l&apos;attività
  connector-delete ORG SVC ID                                              attende l&apos;attività
  accounts ORG SVC                          tutti gli account con il relativo sendConnectorId
  attach ORG SVC CONNECTOR_ID EMAIL…        associa gli account a un connettore
  detach ORG SVC EMAIL…                     riporta gli account al server di invio della piattaforma
  domains ORG SVC                           tutti i domini con il relativo connettore predefinito
  default-connector ORG SVC DOMAIN CONNECTOR_ID        (0 = ripristina)
  headers FILE|- [--connector HOST] [--alias HOST]…     percorso e verdetto di un messaggio ricevuto
  probe HOST [--port P] [--user U --password-stdin] [--tls|--no-tls] [--auth MECH] [--max-size MB]
                                            testa un relay SMTP prima di usarlo
  login --application-key AK --application-secret-stdin --consumer-key-stdin [--profile NAME]
                                            verifica una chiave e la conserva nel portachiavi di sistema
  logout [--profile NAME]                   elimina un profilo salvato e i relativi segreti

Le credenziali provengono dalle variabili d&apos;ambiente OVH_*, poi da ./ovh.conf, ~/.ovh.conf,
/etc/ovh.conf (o --config FILE), infine dal portachiavi di sistema (--profile NAME).
Le password vengono lette solo dallo standard input, mai dalla riga di comando.

--timeout S: una chiamata senza risposta utilizzabile non riesce dopo S secondi, nuovi tentativi
inclusi (predefinito 90); con --timeout, anche l&apos;attesa di un&apos;attività si ferma dopo S secondi
(altrimenti 10 minuti). Una modifica la cui risposta è andata persa viene riletta una volta, mai reinviata.

Codice di uscita: 0 riuscito, 1 errore dell&apos;API o di rete, 2 errore di utilizzo.</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>&quot;%1&quot; is not a connector id.</source>
        <translation>&quot;%1&quot; non è un ID di connettore.</translation>
    </message>
    <message>
        <source>Usage: smarthost-cli %1</source>
        <translation>Uso: smarthost-cli %1</translation>
    </message>
</context>
<context>
    <name>CliFormat</name>
    <message>
        <source>0 (platform)</source>
        <translation>0 (piattaforma)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>SMARTHOST</source>
        <translation>SMARTHOST</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORTA</translation>
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
        <translation>MAX MB</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATO</translation>
    </message>
    <message>
        <source>TASK</source>
        <translation>ATTIVITÀ</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CREATO</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>AGGIORNATO</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>LICENCE</source>
        <translation>LICENZA</translation>
    </message>
    <message>
        <source>SENDCONNECTORID</source>
        <translation>SENDCONNECTORID</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMINIO</translation>
    </message>
    <message>
        <source>SENDCONNECTORIDDEFAULT</source>
        <translation>SENDCONNECTORIDDEFAULT</translation>
    </message>
    <message>
        <source>task %1 (%2): %3</source>
        <translation>attività %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <source>Error: %1</source>
        <translation>Errore: %1</translation>
    </message>
    <message>
        <source>  OVHcloud error code: %1</source>
        <translation>  Codice di errore OVHcloud: %1</translation>
    </message>
    <message>
        <source>  OVHcloud error class: %1</source>
        <translation>  Classe di errore OVHcloud: %1</translation>
    </message>
    <message>
        <source>  HTTP status: %1</source>
        <translation>  Stato HTTP: %1</translation>
    </message>
    <message>
        <source>  Query id (for OVHcloud support): %1</source>
        <translation>  ID query (per il supporto OVHcloud): %1</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Run smarthost-cli --help for the commands.</source>
        <translation>Esegui smarthost-cli --help per l&apos;elenco dei comandi.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run smarthost-cli --help for the commands.</source>
        <translation>Comando &quot;%1&quot; sconosciuto. Esegui smarthost-cli --help per l&apos;elenco dei comandi.</translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <source>No saved profile named &quot;%1&quot;. Saved profiles: %2</source>
        <translation>Nessun profilo salvato con il nome &quot;%1&quot;. Profili salvati: %2</translation>
    </message>
    <message>
        <source>No credentials found. Set OVH_ENDPOINT, OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET and OVH_CONSUMER_KEY, write an ovh.conf, or run `smarthost-cli login`.</source>
        <translation>Nessuna credenziale trovata. Imposta OVH_ENDPOINT, OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET e OVH_CONSUMER_KEY, scrivi un file ovh.conf oppure esegui `smarthost-cli login`.</translation>
    </message>
    <message>
        <source>Cannot read the profile&apos;s secrets from the %1: %2</source>
        <translation>Impossibile leggere i segreti del profilo (%1): %2</translation>
    </message>
    <message>
        <source>Incomplete credentials for %1: an application key, an application secret and a consumer key (or an OAuth2 client id and secret) are needed.</source>
        <translation>Credenziali incomplete per %1: servono una application key, un application secret e una consumer key (oppure un client ID e un secret OAuth2).</translation>
    </message>
</context>
<context>
    <name>CliTaskFollower</name>
    <message>
        <source>Waiting for OVHcloud&apos;s %1</source>
        <translation>In attesa di OVHcloud: %1</translation>
    </message>
    <message>
        <source>The task ended with status &quot;%1&quot;: nothing was changed or the change is incomplete; check with OVHcloud.</source>
        <translation>L&apos;attività è terminata con lo stato &quot;%1&quot;: non è stato modificato nulla oppure la modifica è incompleta; verifica con OVHcloud.</translation>
    </message>
</context>
<context>
    <name>ConnectorActions</name>
    <message>
        <source>connector %1</source>
        <translation>connettore %1</translation>
    </message>
</context>
<context>
    <name>ConnectorAddCommand</name>
    <message>
        <source>connector-add needs --name and --host.</source>
        <translation>connector-add richiede --name e --host.</translation>
    </message>
    <message>
        <source>Unknown authentication &quot;%1&quot;: use none, basicAuth or basicAuthRequireTLS.</source>
        <translation>Autenticazione &quot;%1&quot; sconosciuta: usa none, basicAuth o basicAuthRequireTLS.</translation>
    </message>
    <message>
        <source>%1 needs --user and --password-stdin.</source>
        <translation>%1 richiede --user e --password-stdin.</translation>
    </message>
    <message>
        <source>--user and --password-stdin need --auth basicAuth or basicAuthRequireTLS.</source>
        <translation>--user e --password-stdin richiedono --auth basicAuth o basicAuthRequireTLS.</translation>
    </message>
    <message>
        <source>Waiting for OVHcloud&apos;s %1</source>
        <translation>In attesa di OVHcloud: %1</translation>
    </message>
</context>
<context>
    <name>ConnectorAuthCommand</name>
    <message>
        <source>connector-auth needs --auth none, basicAuth or basicAuthRequireTLS.</source>
        <translation>connector-auth richiede --auth none, basicAuth o basicAuthRequireTLS.</translation>
    </message>
    <message>
        <source>Unknown authentication &quot;%1&quot;: use none, basicAuth or basicAuthRequireTLS.</source>
        <translation>Autenticazione &quot;%1&quot; sconosciuta: usa none, basicAuth o basicAuthRequireTLS.</translation>
    </message>
    <message>
        <source>%1 needs --user and --password-stdin.</source>
        <translation>%1 richiede --user e --password-stdin.</translation>
    </message>
</context>
<context>
    <name>ConnectorChooser</name>
    <message>
        <source>A connector, or a relay host to check</source>
        <translation>Un connettore o l&apos;host di un relay da verificare</translation>
    </message>
    <message>
        <source>Send connector to check</source>
        <translation>Connettore di invio da verificare</translation>
    </message>
    <message>
        <source>The send connector (or relay host) the message should have gone through. Follows the connector selected in the tree.</source>
        <translation>Il connettore di invio (o l&apos;host del relay) da cui il messaggio sarebbe dovuto passare. Segue il connettore selezionato nell&apos;albero.</translation>
    </message>
    <message>
        <source>Other names or IPs of the relay, comma separated</source>
        <translation>Altri nomi o IP del relay, separati da virgole</translation>
    </message>
    <message>
        <source>Other names of the relay</source>
        <translation>Altri nomi del relay</translation>
    </message>
    <message>
        <source>Host names, domains or IP addresses the relay provider also uses (e.g. the hosts it hands the message to)</source>
        <translation>Nomi host, domini o indirizzi IP usati anche dal provider del relay (ad es. gli host a cui inoltra il messaggio)</translation>
    </message>
    <message>
        <source>Co&amp;nnector:</source>
        <extracomment>Label of the connector chooser in the header viewer</extracomment>
        <translation>Co&amp;nnettore:</translation>
    </message>
    <message>
        <source>Also &amp;known as:</source>
        <extracomment>Label of the field for other names of the relay</extracomment>
        <translation>Al&amp;tri nomi:</translation>
    </message>
    <message>
        <source>No connector (route only)</source>
        <extracomment>First entry of the connector chooser: analyse the route without a verdict</extracomment>
        <translation>Nessun connettore (solo percorso)</translation>
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
        <translation>Invio del connettore a OVHcloud…</translation>
    </message>
    <message>
        <source>OVHcloud is creating the connector (task %1: %2)…</source>
        <extracomment>%1 is OVHcloud&apos;s task id, %2 its status (Waiting, Running…).</extracomment>
        <translation>OVHcloud sta creando il connettore (attività %1: %2)…</translation>
    </message>
    <message>
        <source>Send connector “%1” created.</source>
        <translation>Connettore di invio “%1” creato.</translation>
    </message>
    <message>
        <source>The send connector “%1” was not created: %2</source>
        <translation>Il connettore di invio “%1” non è stato creato: %2</translation>
    </message>
    <message>
        <source>Saving the changes…</source>
        <translation>Salvataggio delle modifiche…</translation>
    </message>
    <message>
        <source>OVHcloud refused the changes: %1</source>
        <translation>OVHcloud ha rifiutato le modifiche: %1</translation>
    </message>
    <message>
        <source>Send connector “%1” saved.</source>
        <translation>Connettore di invio “%1” salvato.</translation>
    </message>
    <message>
        <source>Sending the new authentication to OVHcloud…</source>
        <translation>Invio della nuova autenticazione a OVHcloud…</translation>
    </message>
    <message>
        <source>OVHcloud refused the change: %1</source>
        <translation>OVHcloud ha rifiutato la modifica: %1</translation>
    </message>
    <message>
        <source>OVHcloud is changing the authentication of “%1”.</source>
        <translation>OVHcloud sta modificando l&apos;autenticazione di “%1”.</translation>
    </message>
    <message>
        <source>Delete the send connector “%1” (%2)?</source>
        <extracomment>%1 is the connector&apos;s name, %2 its relay (host:port).</extracomment>
        <translation>Eliminare il connettore di invio “%1” (%2)?</translation>
    </message>
    <message>
        <source>No account sends through it.</source>
        <translation>Nessun account lo utilizza per l&apos;invio.</translation>
    </message>
    <message numerus="yes">
        <source>Used by %n account(s). They will send through the platform&apos;s outgoing server again.</source>
        <translation>
            <numerusform>Utilizzato da %n account, che tornerà a inviare tramite il server di invio della piattaforma.</numerusform>
            <numerusform>Utilizzato da %n account, che torneranno a inviare tramite il server di invio della piattaforma.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Send Connector</source>
        <translation>Elimina connettore di invio</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>The send connector “%1” was not deleted: %2</source>
        <translation>Il connettore di invio “%1” non è stato eliminato: %2</translation>
    </message>
    <message>
        <source>OVHcloud is deleting “%1”.</source>
        <translation>OVHcloud sta eliminando “%1”.</translation>
    </message>
</context>
<context>
    <name>ConnectorCreator</name>
    <message>
        <source>OVHcloud&apos;s task %1 (addSendConnector) ended with status &quot;%2&quot;.</source>
        <translation>L&apos;attività OVHcloud %1 (addSendConnector) è terminata con lo stato &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The task finished but no new send connector named &quot;%1&quot; appeared.</source>
        <translation>L&apos;attività è terminata, ma non è comparso alcun nuovo connettore di invio con il nome &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ConnectorDeleteCommand</name>
    <message>
        <source>Send connector %1 deleted; its accounts now send through the platform&apos;s outgoing server.</source>
        <translation>Connettore di invio %1 eliminato; i suoi account ora inviano tramite il server di invio della piattaforma.</translation>
    </message>
</context>
<context>
    <name>ConnectorDetailsPanel</name>
    <message>
        <source>State:</source>
        <translation>Stato:</translation>
    </message>
    <message>
        <source>Require TLS:</source>
        <translation>TLS obbligatorio:</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Autenticazione:</translation>
    </message>
    <message>
        <source>Maximum message size:</source>
        <translation>Dimensione massima messaggi:</translation>
    </message>
    <message>
        <source>Accounts using it:</source>
        <translation>Account che lo usano:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Creato:</translation>
    </message>
    <message>
        <source>Last updated:</source>
        <translation>Ultima modifica:</translation>
    </message>
    <message>
        <source>Pending task:</source>
        <translation>Attività in sospeso:</translation>
    </message>
    <message>
        <source>Connector id:</source>
        <translation>ID connettore:</translation>
    </message>
    <message>
        <source>Select a send connector to see its details.</source>
        <translation>Seleziona un connettore di invio per visualizzarne i dettagli.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <extracomment>Maximum message size in megabytes.</extracomment>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuna</translation>
    </message>
</context>
<context>
    <name>ConnectorDialog</name>
    <message>
        <source>Send connector</source>
        <translation>Connettore di invio</translation>
    </message>
    <message>
        <source>Enter the relay details your provider gave you. OVHcloud creates the connector in a task that usually takes a minute.</source>
        <translation>Inserisci i parametri del relay forniti dal tuo provider. OVHcloud crea il connettore tramite un&apos;attività che di solito richiede circa un minuto.</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Relay</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Nome visualizzato:</translation>
    </message>
    <message>
        <source>e.g. Newsletter relay</source>
        <comment>Example of a send connector name</comment>
        <translation>es. Relay newsletter</translation>
    </message>
    <message>
        <source>Smart &amp;host:</source>
        <translation>Smart &amp;host:</translation>
    </message>
    <message>
        <source>smtp-relay.example.com</source>
        <comment>Example of an SMTP relay host name</comment>
        <translation>smtp-relay.example.com</translation>
    </message>
    <message>
        <source>The SMTP relay&apos;s host name or IP address</source>
        <translation>Nome host o indirizzo IP del relay SMTP</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <source>587 is the usual submission port</source>
        <translation>587 è la porta di invio (submission) abituale</translation>
    </message>
    <message>
        <source>Require &amp;TLS</source>
        <translation>Richiedi &amp;TLS</translation>
    </message>
    <message>
        <source>&quot;Basic, TLS required&quot; authentication keeps TLS on.</source>
        <translation>L&apos;autenticazione &quot;Base, TLS obbligatorio&quot; mantiene TLS attivo.</translation>
    </message>
    <message>
        <source>Maximum message si&amp;ze:</source>
        <translation>&amp;Dimensione massima messaggi:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticazione</translation>
    </message>
    <message>
        <source>&amp;Mechanism:</source>
        <translation>&amp;Meccanismo:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utente:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <comment>Show the password in clear</comment>
        <translation>M&amp;ostra</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Mostra la password</translation>
    </message>
    <message>
        <source>The authentication of an existing connector changes through its own OVHcloud task: use Connector ▸ Change Authentication…</source>
        <translation>L&apos;autenticazione di un connettore esistente si modifica con un&apos;apposita attività OVHcloud: usa Connettore ▸ Cambia autenticazione…</translation>
    </message>
    <message>
        <source>New Send Connector</source>
        <translation>Nuovo connettore di invio</translation>
    </message>
    <message>
        <source>Edit Send Connector</source>
        <translation>Modifica connettore di invio</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crea</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Not shown: OVHcloud never returns it</source>
        <extracomment>Placeholder of the user and password fields when editing: the API never returns them.</extracomment>
        <translation>Non disponibile: OVHcloud non restituisce mai questo dato</translation>
    </message>
    <message>
        <source>New Send Connector on %1</source>
        <extracomment>Title of the new connector dialog; %1 is the Exchange service.</extracomment>
        <translation>Nuovo connettore di invio su %1</translation>
    </message>
    <message>
        <source>Edit Send Connector “%1”</source>
        <translation>Modifica connettore di invio “%1”</translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation>Nessuna modifica per ora.</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>Replaces &quot;Cancel&quot; while OVHcloud works: closing does not stop the task.</extracomment>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>The change goes on in the background; the task list follows it.</source>
        <translation>La modifica prosegue in background; l&apos;elenco delle attività ne mostra l&apos;avanzamento.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>ConnectorEditCommand</name>
    <message>
        <source>The authentication cannot be edited: use connector-auth.</source>
        <translation>L&apos;autenticazione non si modifica con questo comando: usa connector-auth.</translation>
    </message>
    <message>
        <source>Nothing to change: give at least one of --name, --host, --port, --tls, --no-tls, --max-size.</source>
        <translation>Niente da modificare: specifica almeno una delle opzioni --name, --host, --port, --tls, --no-tls, --max-size.</translation>
    </message>
</context>
<context>
    <name>ConnectorListCommand</name>
    <message>
        <source>Connector %1 could not be read:</source>
        <translation>Impossibile leggere il connettore %1:</translation>
    </message>
</context>
<context>
    <name>ConnectorRules</name>
    <message>
        <source>Enter a display name.</source>
        <translation>Inserisci un nome visualizzato.</translation>
    </message>
    <message>
        <source>The display name is too long (at most %1 characters).</source>
        <translation>Il nome visualizzato è troppo lungo (massimo %1 caratteri).</translation>
    </message>
    <message>
        <source>The display name contains control characters.</source>
        <translation>Il nome visualizzato contiene caratteri di controllo.</translation>
    </message>
    <message>
        <source>Enter the smart host: the SMTP relay&apos;s host name or IP address.</source>
        <translation>Inserisci lo smart host: il nome host o l&apos;indirizzo IP del relay SMTP.</translation>
    </message>
    <message>
        <source>The host name is too long (at most %1 characters).</source>
        <translation>Il nome host è troppo lungo (massimo %1 caratteri).</translation>
    </message>
    <message>
        <source>Remove the spaces around the host name.</source>
        <translation>Rimuovi gli spazi prima e dopo il nome host.</translation>
    </message>
    <message>
        <source>%1 is not an address a relay can have.</source>
        <translation>%1 non è un indirizzo valido per un relay.</translation>
    </message>
    <message>
        <source>%1 is not a valid IP address.</source>
        <translation>%1 non è un indirizzo IP valido.</translation>
    </message>
    <message>
        <source>%1 is not a valid host name.</source>
        <translation>%1 non è un nome host valido.</translation>
    </message>
    <message>
        <source>Enter the relay&apos;s full host name (for example smtp.example.com).</source>
        <translation>Inserisci il nome host completo del relay (ad esempio smtp.example.com).</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>La porta deve essere compresa tra 1 e 65535.</translation>
    </message>
    <message>
        <source>The maximum message size must be between 1 and %1 MB.</source>
        <translation>La dimensione massima dei messaggi deve essere compresa tra 1 e %1 MB.</translation>
    </message>
    <message>
        <source>Enter the user name the relay expects.</source>
        <translation>Inserisci il nome utente richiesto dal relay.</translation>
    </message>
    <message>
        <source>Enter the password the relay expects.</source>
        <translation>Inserisci la password richiesta dal relay.</translation>
    </message>
    <message>
        <source>The user name or password is too long (at most %1 characters).</source>
        <translation>Il nome utente o la password sono troppo lunghi (massimo %1 caratteri).</translation>
    </message>
    <message>
        <source>basicAuthRequireTLS needs TLS: turn requireTLS on.</source>
        <translation>basicAuthRequireTLS richiede TLS: attiva requireTLS.</translation>
    </message>
</context>
<context>
    <name>ConsumerKeyRequest</name>
    <message>
        <source>OVHcloud answered without a consumer key or validation URL.</source>
        <translation>OVHcloud ha risposto senza consumer key né URL di convalida.</translation>
    </message>
    <message>
        <source>Stopped waiting for the validation.</source>
        <translation>Attesa della convalida interrotta.</translation>
    </message>
    <message>
        <source>The consumer key was not validated in time; start again to get a new one.</source>
        <translation>La consumer key non è stata convalidata in tempo; ricomincia per ottenerne una nuova.</translation>
    </message>
</context>
<context>
    <name>CredentialCheck</name>
    <message>
        <source>OVHcloud does not know this application key: check it, and the region.</source>
        <translation>OVHcloud non riconosce questa application key: verificala e controlla anche la regione.</translation>
    </message>
    <message>
        <source>The application secret does not match the application key.</source>
        <translation>L&apos;application secret non corrisponde all&apos;application key.</translation>
    </message>
    <message>
        <source>The consumer key was refused: it does not exist, was revoked or has expired. Create a new one.</source>
        <translation>La consumer key è stata rifiutata: non esiste, è stata revocata o è scaduta. Creane una nuova.</translation>
    </message>
    <message>
        <source>The consumer key has not been validated yet: open its validation page and log in to your OVHcloud account.</source>
        <translation>La consumer key non è ancora stata convalidata: apri la relativa pagina di convalida e accedi al tuo account OVHcloud.</translation>
    </message>
    <message>
        <source>The consumer key lacks the rights Smarthost needs: GET, POST, PUT and DELETE on /email/exchange/*.</source>
        <translation>La consumer key non dispone dei diritti necessari a Smarthost: GET, POST, PUT e DELETE su /email/exchange/*.</translation>
    </message>
    <message>
        <source>The request timestamp was refused even after adjusting to OVHcloud&apos;s clock.</source>
        <translation>Il timestamp della richiesta è stato rifiutato anche dopo l&apos;allineamento all&apos;orologio di OVHcloud.</translation>
    </message>
    <message>
        <source>The OVHcloud API cannot be reached.</source>
        <translation>Impossibile raggiungere l&apos;API OVHcloud.</translation>
    </message>
    <message>
        <source>The API refused the credentials.</source>
        <translation>L&apos;API ha rifiutato le credenziali.</translation>
    </message>
    <message>
        <source>%1 (OVHcloud said: %2)</source>
        <translation>%1 (risposta di OVHcloud: %2)</translation>
    </message>
    <message>
        <source>The key works, but this account has no Exchange platform.</source>
        <translation>La chiave funziona, ma questo account non ha alcuna piattaforma Exchange.</translation>
    </message>
    <message numerus="yes">
        <source>The key works: %n Exchange organization(s) found.</source>
        <translation>
            <numerusform>La chiave funziona: trovata %n organizzazione Exchange.</numerusform>
            <numerusform>La chiave funziona: trovate %n organizzazioni Exchange.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) off OVHcloud&apos;s; Smarthost compensates, but other tools may fail.</source>
        <translation>
            <numerusform>L&apos;orologio di questo computer differisce di %n minuto da quello di OVHcloud; Smarthost compensa la differenza, ma altri strumenti potrebbero non funzionare.</numerusform>
            <numerusform>L&apos;orologio di questo computer differisce di %n minuti da quello di OVHcloud; Smarthost compensa la differenza, ma altri strumenti potrebbero non funzionare.</numerusform>
        </translation>
    </message>
    <message>
        <source>The consumer key&apos;s status is &quot;%1&quot;.</source>
        <translation>Lo stato della consumer key è &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The consumer key has expired. Create a new one (choose an unlimited validity on the validation page to keep it).</source>
        <translation>La consumer key è scaduta. Creane una nuova (scegli una validità illimitata nella pagina di convalida per conservarla).</translation>
    </message>
    <message>
        <source>The consumer key was refused on its validation page. Create a new one and allow the access this time.</source>
        <translation>La consumer key è stata rifiutata nella sua pagina di convalida. Creane una nuova e questa volta autorizza l&apos;accesso.</translation>
    </message>
</context>
<context>
    <name>DefaultConnectorCommand</name>
    <message>
        <source>New accounts of %1 will send through the platform&apos;s outgoing server; existing accounts keep their connector.</source>
        <translation>I nuovi account di %1 invieranno tramite il server di invio della piattaforma; gli account esistenti mantengono il proprio connettore.</translation>
    </message>
    <message>
        <source>New accounts of %1 will use connector %2; existing accounts keep their connector.</source>
        <translation>I nuovi account di %1 useranno il connettore %2; gli account esistenti mantengono il proprio connettore.</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>None</source>
        <extracomment>Send connector authentication: the relay accepts mail without a login.</extracomment>
        <translation>Nessuna</translation>
    </message>
    <message>
        <source>Basic (user and password)</source>
        <extracomment>Send connector authentication: user name and password (API value basicAuth).</extracomment>
        <translation>Base (utente e password)</translation>
    </message>
    <message>
        <source>Basic, TLS required</source>
        <extracomment>Send connector authentication: user name and password, only over TLS (API value basicAuthRequireTLS).</extracomment>
        <translation>Base, TLS obbligatorio</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>In creazione</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>In eliminazione</translation>
    </message>
    <message>
        <source>Migrating</source>
        <extracomment>State of a send connector while OVHcloud moves it internally.</extracomment>
        <translation>In migrazione</translation>
    </message>
    <message>
        <source>OK</source>
        <extracomment>State of a send connector that works normally.</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Reopening</source>
        <translation>In riapertura</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Sospeso</translation>
    </message>
    <message>
        <source>Suspending</source>
        <translation>In sospensione</translation>
    </message>
    <message>
        <source>Waiting</source>
        <extracomment>Status of an OVHcloud task that has not started yet.</extracomment>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completata</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscita</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullata</translation>
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
        <translation>In manutenzione</translation>
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
        <translation>Server di invio della piattaforma</translation>
    </message>
    <message>
        <source>Platform server</source>
        <extracomment>Table cell: the account sends through the platform&apos;s own outgoing server.</extracomment>
        <translation>Server piattaforma</translation>
    </message>
    <message>
        <source>Never</source>
        <extracomment>A date that has no value (e.g. a connector that was never updated).</extracomment>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Send connectors are meant for Private and Trusted Exchange. OVHcloud may disable a connector added to this service at any time.</source>
        <translation>I connettori di invio sono riservati alle offerte Private e Trusted Exchange. OVHcloud può disattivare in qualsiasi momento un connettore aggiunto a questo servizio.</translation>
    </message>
</context>
<context>
    <name>DomainListCommand</name>
    <message>
        <source>Domain %1 could not be read:</source>
        <translation>Impossibile leggere il dominio %1:</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>Unknown endpoint &quot;%1&quot;: use %2 or an https:// URL.</source>
        <translation>Endpoint &quot;%1&quot; sconosciuto: usa %2 o un URL https://.</translation>
    </message>
    <message>
        <source>Refusing plain http:// for %1: only loopback addresses may use it. Use https://.</source>
        <translation>http:// non cifrato rifiutato per %1: è consentito solo per gli indirizzi di loopback. Usa https://.</translation>
    </message>
    <message>
        <source>The endpoint URL must not have a query or fragment: %1</source>
        <translation>L&apos;URL dell&apos;endpoint non deve contenere una query o un frammento: %1</translation>
    </message>
</context>
<context>
    <name>ExchangeApi</name>
    <message>
        <source>expected a list of names</source>
        <translation>era atteso un elenco di nomi</translation>
    </message>
    <message>
        <source>expected a list of ids</source>
        <translation>era atteso un elenco di ID</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>era atteso un oggetto JSON</translation>
    </message>
    <message>
        <source>The API answered with malformed JSON: %1</source>
        <translation>L&apos;API ha risposto con un JSON non valido: %1</translation>
    </message>
    <message>
        <source>Unexpected answer from the API: %1</source>
        <translation>Risposta imprevista dall&apos;API: %1</translation>
    </message>
</context>
<context>
    <name>FaultRule</name>
    <message>
        <source>Fault &quot;%1&quot;: the rate must be a number from 0 to 1.</source>
        <translation>Guasto &quot;%1&quot;: il tasso deve essere un numero da 0 a 1.</translation>
    </message>
    <message>
        <source>Fault &quot;%1&quot;: unknown kind; use one of %2.</source>
        <translation>Guasto &quot;%1&quot;: tipo sconosciuto; usa uno di questi: %2.</translation>
    </message>
    <message>
        <source>Fault &quot;%1&quot;: invalid regular expression: %2</source>
        <translation>Guasto &quot;%1&quot;: espressione regolare non valida: %2</translation>
    </message>
    <message>
        <source>Fault &quot;%1&quot;: expected METHOD:REGEX:KIND[:RATE[:COUNT]].</source>
        <translation>Guasto &quot;%1&quot;: previsto METHOD:REGEX:KIND[:RATE[:COUNT]].</translation>
    </message>
    <message>
        <source>Fault &quot;%1&quot;: the count must be a whole number of 1 or more.</source>
        <translation>Guasto &quot;%1&quot;: il conteggio deve essere un numero intero pari o superiore a 1.</translation>
    </message>
</context>
<context>
    <name>HeaderAnalyzer</name>
    <message>
        <source>The input is larger than 1 MB (%1 characters). Paste only the message header.</source>
        <extracomment>%1 is the size of the pasted text</extracomment>
        <translation>Il testo supera 1 MB (%1 caratteri). Incolla solo l&apos;intestazione del messaggio.</translation>
    </message>
    <message>
        <source>No e-mail header found. Paste the header of the message, starting with its first line (usually Return-Path: or Received:).</source>
        <translation>Nessuna intestazione e-mail trovata. Incolla l&apos;intestazione del messaggio a partire dalla prima riga (di solito Return-Path: o Received:).</translation>
    </message>
    <message>
        <source>The input is larger than 1 MB (%1 bytes). Paste only the message header.</source>
        <extracomment>%1 is the size of the input in bytes</extracomment>
        <translation>L&apos;input supera 1 MB (%1 byte). Fornisci solo l&apos;intestazione del messaggio.</translation>
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
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source>%1 (from the Date header to the last hop)</source>
        <extracomment>%1 is a duration</extracomment>
        <translation>%1 (dall&apos;intestazione Date all&apos;ultimo hop)</translation>
    </message>
    <message>
        <source>%1 (from the first to the last hop)</source>
        <translation>%1 (dal primo all&apos;ultimo hop)</translation>
    </message>
</context>
<context>
    <name>HeaderFileReader</name>
    <message>
        <source>Could not open “%1”: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>Impossibile aprire “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is %2: the header viewer reads at most 1 MB, and no complete message header ends within it. Open the header alone, or paste it.</source>
        <extracomment>%1 a file name, %2 its size (&quot;3.2 MB&quot;)</extracomment>
        <translation>“%1” occupa %2: il visualizzatore intestazioni legge al massimo 1 MB ed entro questo limite non termina alcuna intestazione di messaggio completa. Apri solo l&apos;intestazione oppure incollala.</translation>
    </message>
    <message>
        <source>“%1” is %2: only its header (up to the first empty line) was read.</source>
        <extracomment>%1 a file name, %2 its size (&quot;3.2 MB&quot;)</extracomment>
        <translation>“%1” occupa %2: è stata letta solo l&apos;intestazione (fino alla prima riga vuota).</translation>
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
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source>%1 (from the Date header to the last hop)</source>
        <translation>%1 (dall&apos;intestazione Date all&apos;ultimo hop)</translation>
    </message>
    <message>
        <source>%1 (from the first to the last hop)</source>
        <translation>%1 (dal primo all&apos;ultimo hop)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Message-ID</source>
        <translation>Message-ID</translation>
    </message>
    <message>
        <source>Transit</source>
        <translation>Transito</translation>
    </message>
    <message>
        <source>Hop</source>
        <translation>Hop</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Ritardo</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Ora (UTC)</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Ricevente</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Protocollo</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flag</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 host, %2 header name</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n ARC set(s)</source>
        <translation>
            <numerusform>%n set ARC</numerusform>
            <numerusform>%n set ARC</numerusform>
        </translation>
    </message>
    <message>
        <source>No authentication result in the headers.</source>
        <translation>Nessun risultato di autenticazione nelle intestazioni.</translation>
    </message>
    <message>
        <source>hop %1</source>
        <translation>hop %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message numerus="yes">
        <source>Hops, oldest first (%n hop(s))</source>
        <extracomment>%n is the number of Received headers</extracomment>
        <translation>
            <numerusform>Hop, dal meno recente (%n hop)</numerusform>
            <numerusform>Hop, dal meno recente (%n hop)</numerusform>
        </translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticazione</translation>
    </message>
    <message>
        <source>Send connector</source>
        <translation>Connettore di invio</translation>
    </message>
    <message>
        <source>Send connector %1</source>
        <translation>Connettore di invio %1</translation>
    </message>
</context>
<context>
    <name>HeaderSummaryView</name>
    <message>
        <source>Subject:</source>
        <translation>Oggetto:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Da:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>A:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <source>Message-ID</source>
        <translation>Message-ID</translation>
    </message>
    <message>
        <source>Message-ID:</source>
        <translation>Message-ID:</translation>
    </message>
    <message>
        <source>Transit:</source>
        <translation>Transito:</translation>
    </message>
    <message>
        <source>Authentication results</source>
        <translation>Risultati di autenticazione</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Autenticazione:</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>Shown for a summary field the header does not have</extracomment>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>%1
(your time: %2)</source>
        <extracomment>%1 the Date header as written, %2 the same in the user&apos;s time zone</extracomment>
        <translation>%1
(ora locale: %2)</translation>
    </message>
    <message>
        <source>The paste came from a web page: HTML markup and entities (&amp;lt; &amp;gt; &amp;amp;) were decoded.</source>
        <translation>Il testo incollato proviene da una pagina web: il markup HTML e le entità (&amp;lt; &amp;gt; &amp;amp;) sono stati decodificati.</translation>
    </message>
</context>
<context>
    <name>HeaderViewerPane</name>
    <message>
        <source>Header viewer</source>
        <translation>Visualizzatore intestazioni</translation>
    </message>
    <message>
        <source>Analyse</source>
        <extracomment>Runs the header analysis</extracomment>
        <translation>Analizza</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Apri…</translation>
    </message>
    <message>
        <source>Message header</source>
        <translation>Intestazione del messaggio</translation>
    </message>
    <message>
        <source>Paste the header of a received message here (or the whole message), drop a .eml or .txt file, or use Open…</source>
        <translation>Incolla qui l&apos;intestazione di un messaggio ricevuto (o l&apos;intero messaggio), trascina un file .eml o .txt oppure usa Apri…</translation>
    </message>
    <message>
        <source>Open a .eml or .txt file (%1)</source>
        <translation>Apri un file .eml o .txt (%1)</translation>
    </message>
    <message>
        <source>Clear</source>
        <extracomment>Empties the paste area and the results</extracomment>
        <translation>Svuota</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copia report</translation>
    </message>
    <message>
        <source>Copy the analysis as text: summary, hops, authentication and verdict</source>
        <translation>Copia l&apos;analisi come testo: riepilogo, hop, autenticazione e verdetto</translation>
    </message>
    <message>
        <source>Analyse the header now (%1); it also runs by itself after each change</source>
        <translation>Analizza subito l&apos;intestazione (%1); l&apos;analisi viene eseguita anche automaticamente dopo ogni modifica</translation>
    </message>
    <message>
        <source>All headers, in order</source>
        <translation>Tutte le intestazioni, in ordine</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>Open a Message or Header</source>
        <translation>Apri un messaggio o un&apos;intestazione</translation>
    </message>
    <message>
        <source>Messages and headers (*.eml *.txt *.hdr);;All files (*)</source>
        <extracomment>File dialog filter; keep the patterns in parentheses as they are</extracomment>
        <translation>Messaggi e intestazioni (*.eml *.txt *.hdr);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>No analysis</source>
        <translation>Nessuna analisi</translation>
    </message>
    <message>
        <source>See the message under the header.</source>
        <translation>Vedi il messaggio sotto l&apos;intestazione.</translation>
    </message>
    <message numerus="yes">
        <source>Hops (%n)</source>
        <extracomment>Tab of the header viewer: %n is the number of hops</extracomment>
        <translation>
            <numerusform>Hop (%n)</numerusform>
            <numerusform>Hop (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All headers (%n)</source>
        <extracomment>Tab of the header viewer: %n is the number of header fields</extracomment>
        <translation>
            <numerusform>Tutte le intestazioni (%n)</numerusform>
            <numerusform>Tutte le intestazioni (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste the header of a received message to see its route.</source>
        <translation>Incolla l&apos;intestazione di un messaggio ricevuto per vederne il percorso.</translation>
    </message>
    <message>
        <source>Send a test message from an account that uses the connector, then paste the header of the received message here.</source>
        <translation>Invia un messaggio di prova da un account che usa il connettore, poi incolla qui l&apos;intestazione del messaggio ricevuto.</translation>
    </message>
    <message>
        <source>Hops</source>
        <extracomment>Tab of the header viewer, before any analysis</extracomment>
        <translation>Hop</translation>
    </message>
    <message>
        <source>All headers</source>
        <translation>Tutte le intestazioni</translation>
    </message>
</context>
<context>
    <name>HeadersCommand</name>
    <message>
        <source>Usage: smarthost-cli headers FILE|- [--connector HOST] [--alias HOST]… [--json]</source>
        <translation>Uso: smarthost-cli headers FILE|- [--connector HOST] [--alias HOST]… [--json]</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty: paste or save the received mail&apos;s headers first.</source>
        <translation>%1 è vuoto: incolla o salva prima le intestazioni del messaggio ricevuto.</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Esporta CSV…</translation>
    </message>
    <message>
        <source>Save the history as a CSV file</source>
        <translation>Salva la cronologia come file CSV</translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>Esporta cronologia</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>HistoryEntry</name>
    <message>
        <source>Attach</source>
        <extracomment>History: accounts were attached to a send connector.</extracomment>
        <translation>Associazione</translation>
    </message>
    <message>
        <source>Detach</source>
        <extracomment>History: accounts were detached (back to the platform&apos;s outgoing server).</extracomment>
        <translation>Scollegamento</translation>
    </message>
    <message>
        <source>Create connector</source>
        <translation>Creazione connettore</translation>
    </message>
    <message>
        <source>Edit connector</source>
        <translation>Modifica connettore</translation>
    </message>
    <message>
        <source>Delete connector</source>
        <translation>Eliminazione connettore</translation>
    </message>
    <message>
        <source>Change authentication</source>
        <translation>Modifica autenticazione</translation>
    </message>
    <message>
        <source>Default connector</source>
        <extracomment>History: the default connector of a domain&apos;s new accounts changed.</extracomment>
        <translation>Connettore predefinito</translation>
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
        <translation>Data/ora</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profilo</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>What</source>
        <extracomment>Column of the change history: what was done (attach, detach, create…).</extracomment>
        <translation>Operazione</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Elementi</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <source>Query ID</source>
        <translation>ID query</translation>
    </message>
</context>
<context>
    <name>HopFlags</name>
    <message>
        <source>The connection was encrypted (TLS).</source>
        <translation>La connessione era cifrata (TLS).</translation>
    </message>
    <message>
        <source>The sending client was authenticated.</source>
        <translation>Il client mittente era autenticato.</translation>
    </message>
    <message>
        <source>Local hop: loopback connection or submission on the same machine.</source>
        <translation>Hop locale: connessione di loopback o invio dalla stessa macchina.</translation>
    </message>
    <message>
        <source>Final delivery to the mailbox over LMTP.</source>
        <translation>Consegna finale alla casella di posta tramite LMTP.</translation>
    </message>
    <message>
        <source>Submitted over HTTP (webmail or web API).</source>
        <translation>Inviato tramite HTTP (webmail o API web).</translation>
    </message>
    <message>
        <source>The connecting IP address is not a valid address; it is shown as written.</source>
        <translation>L&apos;indirizzo IP di connessione non è un indirizzo valido; viene mostrato così com&apos;è scritto.</translation>
    </message>
    <message>
        <source>The date has no time zone; it was read as UTC.</source>
        <extracomment>The date in a Received header had no time zone</extracomment>
        <translation>La data non indica il fuso orario; è stata interpretata come UTC.</translation>
    </message>
    <message>
        <source>This hop has no date.</source>
        <translation>Questo hop non ha una data.</translation>
    </message>
    <message>
        <source>The date of this hop could not be read.</source>
        <translation>Impossibile leggere la data di questo hop.</translation>
    </message>
    <message>
        <source>Dated before the previous hop: one of the two servers has a wrong clock.</source>
        <translation>Data anteriore a quella dell&apos;hop precedente: l&apos;orologio di uno dei due server è errato.</translation>
    </message>
    <message>
        <source>Part of this header could not be read; it is kept as written.</source>
        <translation>Una parte di questa intestazione non è leggibile; viene mantenuta così com&apos;è scritta.</translation>
    </message>
</context>
<context>
    <name>HopTableModel</name>
    <message>
        <source>no date</source>
        <extracomment>Time column of a hop whose date could not be read or is missing</extracomment>
        <translation>senza data</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illeggibile</translation>
    </message>
    <message>
        <source>Hop %1 (1 = the oldest Received header)</source>
        <translation>Hop %1 (1 = l&apos;intestazione Received meno recente)</translation>
    </message>
    <message>
        <source>This hop proves that the message went through the connector.</source>
        <translation>Questo hop dimostra che il messaggio è passato dal connettore.</translation>
    </message>
    <message>
        <source>As written: %1</source>
        <translation>Testo originale: %1</translation>
    </message>
    <message>
        <source>No from clause: the server recorded no sender.</source>
        <translation>Nessuna clausola from: il server non ha registrato alcun mittente.</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Da: %1</translation>
    </message>
    <message>
        <source>Announced name (HELO): %1</source>
        <extracomment>HELO/EHLO is the name the sending server announced</extracomment>
        <translation>Nome annunciato (HELO): %1</translation>
    </message>
    <message>
        <source>Reverse DNS: %1</source>
        <translation>DNS inverso: %1</translation>
    </message>
    <message>
        <source>IP address: %1</source>
        <translation>Indirizzo IP: %1</translation>
    </message>
    <message>
        <source>Invalid IP address (as written): %1</source>
        <translation>Indirizzo IP non valido (testo originale): %1</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Commento: %1</translation>
    </message>
    <message>
        <source>By: %1</source>
        <translation>Ricevente: %1</translation>
    </message>
    <message>
        <source>Via: %1</source>
        <translation>Via: %1</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Destinatario: %1</translation>
    </message>
    <message>
        <source>With: %1</source>
        <translation>Protocollo: %1</translation>
    </message>
    <message>
        <source>Your local time: %1</source>
        <translation>Ora locale: %1</translation>
    </message>
    <message>
        <source>No date in this header.</source>
        <translation>Nessuna data in questa intestazione.</translation>
    </message>
    <message>
        <source>Time zone of the server: %1</source>
        <translation>Fuso orario del server: %1</translation>
    </message>
    <message>
        <source>The first hop has no previous hop to measure from.</source>
        <translation>Il primo hop non ha un hop precedente da cui misurare il ritardo.</translation>
    </message>
    <message>
        <source>No delay: this hop or the ones before have no date.</source>
        <translation>Nessun ritardo: questo hop o quelli precedenti non hanno una data.</translation>
    </message>
    <message>
        <source>%1 after the previous dated hop: %2% of the total delay</source>
        <extracomment>%1 a duration, %2 a percentage</extracomment>
        <translation>%1 dopo l&apos;hop precedente con data: %2% del ritardo totale</translation>
    </message>
    <message>
        <source>%1 after the previous dated hop</source>
        <translation>%1 dopo l&apos;hop precedente con data</translation>
    </message>
    <message>
        <source>Hop</source>
        <extracomment>Column of the hop table: the hop number, 1 = oldest</extracomment>
        <translation>Hop</translation>
    </message>
    <message>
        <source>From</source>
        <extracomment>Column of the hop table: the server that sent the message</extracomment>
        <translation>Da</translation>
    </message>
    <message>
        <source>By</source>
        <extracomment>Column of the hop table: the server that received the message</extracomment>
        <translation>Ricevente</translation>
    </message>
    <message>
        <source>With</source>
        <extracomment>Column of the hop table: the protocol (ESMTPS, LMTP…)</extracomment>
        <translation>Protocollo</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Ritardo</translation>
    </message>
    <message>
        <source>Hop number: 1 is the oldest (bottom-most) Received header</source>
        <translation>Numero dell&apos;hop: 1 è l&apos;intestazione Received meno recente (la più in basso)</translation>
    </message>
    <message>
        <source>The server that handed the message over, as the receiving server saw it</source>
        <translation>Il server che ha consegnato il messaggio, così come lo ha visto il server ricevente</translation>
    </message>
    <message>
        <source>The server that received the message and wrote the Received header</source>
        <translation>Il server che ha ricevuto il messaggio e ha scritto l&apos;intestazione Received</translation>
    </message>
    <message>
        <source>The protocol of the hop</source>
        <translation>Il protocollo dell&apos;hop</translation>
    </message>
    <message>
        <source>When the server received the message, in your local time</source>
        <translation>Quando il server ha ricevuto il messaggio, nella tua ora locale</translation>
    </message>
    <message>
        <source>Time since the previous hop; the bar shows its share of the total delay</source>
        <translation>Tempo trascorso dall&apos;hop precedente; la barra mostra la sua quota del ritardo totale</translation>
    </message>
</context>
<context>
    <name>HopTableView</name>
    <message>
        <source>Hops, oldest first</source>
        <translation>Hop, dal meno recente</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>%1: field %2: %3</source>
        <translation>%1: campo %2: %3</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>mancante</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>era atteso un testo</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>era atteso un numero intero</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>era atteso true o false</translation>
    </message>
    <message>
        <source>not a date: %1</source>
        <translation>non è una data: %1</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>era atteso un oggetto</translation>
    </message>
    <message>
        <source>number out of range: %1</source>
        <translation>numero fuori intervallo: %1</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>system keychain</source>
        <translation>portachiavi di sistema</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <extracomment>View menu: the submenu that chooses the interface language.</extracomment>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>System Default (%1)</source>
        <extracomment>View → Language: follow the language of the operating system.</extracomment>
        <translation>Predefinita di sistema (%1)</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>Manage the SMTP send connectors of OVHcloud Private and Trusted Exchange.</source>
        <translation>Gestione dei connettori di invio SMTP di OVHcloud Private e Trusted Exchange.</translation>
    </message>
    <message>
        <source>Work on simulated data: no account or network needed.</source>
        <translation>Lavora su dati simulati: non servono account né connessione di rete.</translation>
    </message>
    <message>
        <source>Wait until the first load is finished, save the window to FILE (PNG) and exit.</source>
        <translation>Attende la fine del primo caricamento, salva la finestra in FILE (PNG) ed esce.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Use language LANG (e.g. fr).</source>
        <translation>Usa la lingua LINGUA (ad es. fr).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LINGUA</translation>
    </message>
    <message>
        <source>Use the saved profile NAME.</source>
        <translation>Usa il profilo salvato NOME.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>COSA</translation>
    </message>
    <message>
        <source>Give up after SECONDS.</source>
        <translation>Interrompe l&apos;attesa dopo SECONDI secondi.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDI</translation>
    </message>
    <message>
        <source>Generated accounts in the demo (default 12).</source>
        <translation>Account generati nella demo (predefinito: 12).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argomento imprevisto: %1</translation>
    </message>
    <message>
        <source>--lang expects a language code such as fr or pt_BR, not &quot;%1&quot;.</source>
        <translation>--lang richiede un codice lingua come fr o pt_BR, non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--screenshot-timeout expects a number of seconds.</source>
        <translation>--screenshot-timeout richiede un numero di secondi.</translation>
    </message>
    <message>
        <source>--demo-accounts expects a number between 0 and 20000.</source>
        <translation>--demo-accounts richiede un numero compreso tra 0 e 20000.</translation>
    </message>
    <message>
        <source>A received message (.eml) or a header saved as text, to open in the header viewer.</source>
        <translation>Un messaggio ricevuto (.eml) o un&apos;intestazione salvata come testo, da aprire nel visualizzatore di intestazioni.</translation>
    </message>
    <message>
        <source>[MESSAGE]</source>
        <translation>[MESSAGGIO]</translation>
    </message>
    <message>
        <source>What --screenshot grabs: main, new-connector, edit-connector, change-authentication or header-viewer.</source>
        <translation>Cosa cattura --screenshot: main, new-connector, edit-connector, change-authentication o header-viewer.</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>The demo simulator could not start: %1</source>
        <translation>Impossibile avviare il simulatore della demo: %1</translation>
    </message>
    <message>
        <source>simulator at %1</source>
        <extracomment>Status bar: the endpoint in demo mode; %1 is the simulator&apos;s local URL.</extracomment>
        <translation>simulatore su %1</translation>
    </message>
    <message>
        <source>demo</source>
        <extracomment>Status bar: the profile in demo mode.</extracomment>
        <translation>demo</translation>
    </message>
    <message>
        <source>environment or ovh.conf</source>
        <extracomment>Status bar: the credentials come from OVH_* variables or an ovh.conf file.</extracomment>
        <translation>ambiente o ovh.conf</translation>
    </message>
    <message>
        <source>There is no saved profile named &quot;%1&quot;.</source>
        <translation>Non esiste alcun profilo salvato con il nome &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The profile&apos;s secrets could not be read from the %1: %2</source>
        <translation>Impossibile leggere i segreti del profilo (%1): %2</translation>
    </message>
    <message>
        <source>Unknown --screenshot-of &quot;%1&quot;.</source>
        <translation>Valore &quot;%1&quot; di --screenshot-of sconosciuto.</translation>
    </message>
    <message>
        <source>Smarthost found no OVHcloud credentials.</source>
        <translation>Smarthost non ha trovato credenziali OVHcloud.</translation>
    </message>
    <message>
        <source>Set OVH_ENDPOINT, OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET and OVH_CONSUMER_KEY, write an ovh.conf file, or save a profile with `smarthost-cli login`. To look around first, start `smarthost --demo`.</source>
        <translation>Imposta OVH_ENDPOINT, OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET e OVH_CONSUMER_KEY, scrivi un file ovh.conf oppure salva un profilo con `smarthost-cli login`. Per dare prima un&apos;occhiata, avvia `smarthost --demo`.</translation>
    </message>
    <message>
        <source>Smarthost</source>
        <translation>Smarthost</translation>
    </message>
    <message>
        <source>Open the &amp;Demo</source>
        <translation>Apri la &amp;demo</translation>
    </message>
    <message>
        <source>The credentials for %1 are incomplete: an application key, an application secret and a consumer key (or an OAuth2 client id and secret) are needed.</source>
        <translation>Le credenziali per %1 sono incomplete: servono una application key, un application secret e una consumer key (oppure un client ID e un secret OAuth2).</translation>
    </message>
    <message>
        <source>You signed out of the profile &quot;%1&quot;; its secrets were deleted from the keychain.</source>
        <translation>Ti sei disconnesso dal profilo “%1”; i suoi segreti sono stati eliminati dal portachiavi.</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>&amp;Accedi…</translation>
    </message>
    <message>
        <source>OVHcloud refused the keys in use (%1). Sign in again: what Smarthost was doing goes on afterwards.</source>
        <translation>OVHcloud ha rifiutato le chiavi in uso (%1). Accedi di nuovo: ciò che Smarthost stava facendo riprenderà subito dopo.</translation>
    </message>
</context>
<context>
    <name>LoadingProgressLabel</name>
    <message numerus="yes">
        <source>%1 / %Ln account(s)</source>
        <extracomment>Status bar while a service&apos;s accounts load: %1 read so far out of %Ln, e.g. &quot;3,000 / 10,000 accounts&quot;.</extracomment>
        <translation>
            <numerusform>%1 / %Ln account</numerusform>
            <numerusform>%1 / %Ln account</numerusform>
        </translation>
    </message>
    <message>
        <source>Accounts read so far from OVHcloud</source>
        <translation>Account letti finora da OVHcloud</translation>
    </message>
</context>
<context>
    <name>LoginCommand</name>
    <message>
        <source>Usage: smarthost-cli login [--endpoint NAME|URL] --application-key AK --application-secret-stdin --consumer-key-stdin [--profile NAME]
The application secret and the consumer key are read from standard input, one per line.</source>
        <translation>Uso: smarthost-cli login [--endpoint NAME|URL] --application-key AK --application-secret-stdin --consumer-key-stdin [--profile NAME]
L&apos;application secret e la consumer key vengono letti dallo standard input, uno per riga.</translation>
    </message>
    <message>
        <source>Standard input must hold the application secret, then the consumer key, one per line.</source>
        <translation>Lo standard input deve contenere l&apos;application secret e poi la consumer key, uno per riga.</translation>
    </message>
    <message>
        <source>The secrets could not be saved in the %1: %2
Nothing was saved; use OVH_* environment variables or an ovh.conf file instead.</source>
        <translation>Impossibile salvare i segreti (%1): %2
Non è stato salvato nulla; usa invece le variabili d&apos;ambiente OVH_* o un file ovh.conf.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved; its secrets are in the %2.</source>
        <translation>Profilo &quot;%1&quot; salvato; i suoi segreti sono archiviati qui: %2.</translation>
    </message>
</context>
<context>
    <name>LogoutCommand</name>
    <message>
        <source>No saved profile named &quot;%1&quot;.</source>
        <translation>Nessun profilo salvato con il nome &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The secrets could not be deleted from the %1: %2</source>
        <translation>Impossibile eliminare i segreti (%1): %2</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; deleted, with its secrets.</source>
        <translation>Profilo &quot;%1&quot; eliminato, insieme ai suoi segreti.</translation>
    </message>
</context>
<context>
    <name>LostAnswer</name>
    <message>
        <source>The change was accepted; only reading it back failed: refresh to see it.</source>
        <translation>La modifica è stata accettata; solo la rilettura non è riuscita: aggiorna per vederla.</translation>
    </message>
    <message>
        <source>Nothing was sent again.</source>
        <translation>Nulla è stato inviato di nuovo.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avviso: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Send Connectors (Demo)</source>
        <translation>Connettori di invio (demo)</translation>
    </message>
    <message>
        <source>Send Connectors</source>
        <translation>Connettori di invio</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode&lt;/b&gt; — the services, connectors and accounts below are simulated on this computer. Nothing is sent to OVHcloud.</source>
        <translation>&lt;b&gt;Modalità demo&lt;/b&gt; — i servizi, i connettori e gli account qui sotto sono simulati su questo computer. Nulla viene inviato a OVHcloud.</translation>
    </message>
    <message>
        <source>Header Viewer</source>
        <translation>Visualizzatore intestazioni</translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation>Endpoint: %1</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profilo: %1</translation>
    </message>
    <message>
        <source>Could not read the list of services: %1</source>
        <translation>Impossibile leggere l&apos;elenco dei servizi: %1</translation>
    </message>
    <message>
        <source>Task %1 (%2 on %3): %4</source>
        <translation>Attività %1 (%2 su %3): %4</translation>
    </message>
    <message>
        <source>OVHcloud&apos;s task %1 (%2 on %3) ended with status “%4”.</source>
        <translation>L&apos;attività OVHcloud %1 (%2 su %3) è terminata con lo stato “%4”.</translation>
    </message>
    <message>
        <source>Could not read %1 again: %2</source>
        <translation>Impossibile rileggere %1: %2</translation>
    </message>
    <message>
        <source>About Smarthost</source>
        <translation>Informazioni su Smarthost</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Smarthost %1&lt;/h3&gt;&lt;p&gt;Manage the SMTP send connectors of OVHcloud Private and Trusted Exchange.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Smarthost %1&lt;/h3&gt;&lt;p&gt;Gestione dei connettori di invio SMTP di OVHcloud Private e Trusted Exchange.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>No secret stored for %1.</source>
        <translation>Nessun segreto memorizzato per %1.</translation>
    </message>
    <message>
        <source>memory (this session only)</source>
        <translation>memoria (solo per questa sessione)</translation>
    </message>
</context>
<context>
    <name>MutationReadBack</name>
    <message>
        <source>Reading it back shows the change was applied.</source>
        <translation>La rilettura mostra che la modifica è stata applicata.</translation>
    </message>
    <message>
        <source>Reading it back shows the change was not applied.</source>
        <translation>La rilettura mostra che la modifica non è stata applicata.</translation>
    </message>
    <message>
        <source>Reading it back could not tell whether the change was applied.</source>
        <translation>La rilettura non ha permesso di capire se la modifica è stata applicata.</translation>
    </message>
</context>
<context>
    <name>NetworkSettingsDialog</name>
    <message>
        <source>Network Settings</source>
        <translation>Impostazioni di rete</translation>
    </message>
    <message>
        <source>Smarthost reads large services with many requests. To stay within OVHcloud&apos;s fair use, it sends at most this many requests per second, retries included. 0 turns the limit off.</source>
        <translation>Smarthost legge i servizi di grandi dimensioni con molte richieste. Per rispettare l&apos;uso corretto (fair use) di OVHcloud, invia al massimo questo numero di richieste al secondo, tentativi ripetuti inclusi. 0 disattiva il limite.</translation>
    </message>
    <message>
        <source>Off</source>
        <extracomment>Shown in the rate limit spin box when the value is 0.</extracomment>
        <translation>Disattivato</translation>
    </message>
    <message>
        <source> requests/s</source>
        <extracomment>Unit after the rate limit value, with its leading space.</extracomment>
        <translation> richieste/s</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>&amp;Limite richieste:</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after the number of seconds, with its leading space.</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>A call that gets no usable answer in this time fails with a message, timeouts and retries included.</source>
        <translation>Una chiamata senza una risposta utilizzabile entro questo tempo non riesce con un messaggio, timeout e nuovi tentativi inclusi.</translation>
    </message>
    <message>
        <source>&amp;Give up after:</source>
        <translation>&amp;Rinuncia dopo:</translation>
    </message>
</context>
<context>
    <name>NotificationBar</name>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Copy the message, with OVHcloud&apos;s query id, to the clipboard</source>
        <translation>Copia negli appunti il messaggio, con l&apos;ID query di OVHcloud</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Chiudi questo messaggio</translation>
    </message>
</context>
<context>
    <name>OAuth2TokenRequest</name>
    <message>
        <source>Cannot reach the OAuth2 token service: %1</source>
        <translation>Impossibile raggiungere il servizio token OAuth2: %1</translation>
    </message>
    <message>
        <source>The service account was refused: %1</source>
        <translation>L&apos;account di servizio è stato rifiutato: %1</translation>
    </message>
    <message>
        <source>The OAuth2 token service answered without a token.</source>
        <translation>Il servizio token OAuth2 ha risposto senza un token.</translation>
    </message>
</context>
<context>
    <name>OvhConfigFile</name>
    <message>
        <source>binary data, not a configuration file</source>
        <translation>dati binari, non è un file di configurazione</translation>
    </message>
    <message>
        <source>malformed section header: %1</source>
        <translation>intestazione di sezione non valida: %1</translation>
    </message>
    <message>
        <source>expected &quot;key = value&quot; or a [section], found: %1</source>
        <translation>era atteso &quot;chiave = valore&quot; o una [sezione], trovato: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; stands before any [section]</source>
        <translation>&quot;%1&quot; si trova prima di qualsiasi [sezione]</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: impossibile leggere: %2</translation>
    </message>
    <message>
        <source>%1: larger than 1 MB, not a configuration file</source>
        <translation>%1: supera 1 MB, non è un file di configurazione</translation>
    </message>
</context>
<context>
    <name>OvhConfigImport</name>
    <message>
        <source>Choose a file.</source>
        <translation>Scegli un file.</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>Il file %1 non esiste.</translation>
    </message>
    <message>
        <source>No OVH_* variable is set and none of these files exists.</source>
        <translation>Non è impostata alcuna variabile OVH_* e nessuno di questi file esiste.</translation>
    </message>
    <message>
        <source>No keys found there.</source>
        <translation>Nessuna chiave trovata in questa posizione.</translation>
    </message>
    <message>
        <source>none: the region chosen above (%1)</source>
        <translation>nessuno: la regione scelta sopra (%1)</translation>
    </message>
    <message>
        <source>There is no consumer key: choose “Create a key for me” to get one for this application.</source>
        <translation>Manca la consumer key: scegli “Crea una chiave per me” per ottenerne una per questa applicazione.</translation>
    </message>
    <message>
        <source>The service account is incomplete: both the client ID and the client secret are needed.</source>
        <translation>L&apos;account di servizio è incompleto: servono sia il client ID sia il client secret.</translation>
    </message>
    <message>
        <source>The keys are incomplete: the application key, the application secret and the consumer key are needed.</source>
        <translation>Le chiavi sono incomplete: servono l&apos;application key, l&apos;application secret e la consumer key.</translation>
    </message>
    <message>
        <source>nowhere</source>
        <extracomment>Import ovh.conf: where the values were found.</extracomment>
        <translation>nessuna posizione</translation>
    </message>
    <message>
        <source>not found</source>
        <extracomment>Import ovh.conf: a value that is not in the configuration.
----------
Import ovh.conf: a secret that was found; it is never shown.</extracomment>
        <translation>non trovato</translation>
    </message>
    <message>
        <source>•••••••• (found, hidden)</source>
        <translation>•••••••• (trovato, nascosto)</translation>
    </message>
    <message>
        <source>Choose an ovh.conf File</source>
        <translation>Scegli un file ovh.conf</translation>
    </message>
    <message>
        <source>Configuration files (*.conf)</source>
        <translation>File di configurazione (*.conf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
</context>
<context>
    <name>OvhConfigResolver</name>
    <message>
        <source>Both an application key and an OAuth2 client id are configured for endpoint %1: choose one.</source>
        <translation>Per l&apos;endpoint %1 sono configurati sia una application key sia un client ID OAuth2: scegline uno.</translation>
    </message>
</context>
<context>
    <name>ProbeAdvice</name>
    <message>
        <source>Not checked: the probe was cancelled.</source>
        <translation>Non verificato: il test è stato annullato.</translation>
    </message>
    <message>
        <source>Not checked: the probe stopped before this step.</source>
        <translation>Non verificato: il test si è interrotto prima di questo passaggio.</translation>
    </message>
    <message>
        <source>The name %1 does not resolve (DNS failure).</source>
        <translation>Il nome %1 non viene risolto (errore DNS).</translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2.</source>
        <translation>%1 ha rifiutato la connessione sulla porta %2.</translation>
    </message>
    <message>
        <source>The name %1 did not resolve within %2 s (DNS timeout).</source>
        <translation>Il nome %1 non è stato risolto entro %2 s (timeout DNS).</translation>
    </message>
    <message>
        <source>No answer within %1 s.</source>
        <translation>Nessuna risposta entro %1 s.</translation>
    </message>
    <message>
        <source>The probe took longer than %1 s in total and was stopped.</source>
        <translation>Il test ha superato in totale %1 s ed è stato interrotto.</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Il server ha chiuso la connessione.</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Errore di rete: %1</translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1</source>
        <translation>Handshake TLS non riuscito: %1</translation>
    </message>
    <message>
        <source>The server answered: %1</source>
        <translation>Il server ha risposto: %1</translation>
    </message>
    <message>
        <source>The server does not speak SMTP as expected: %1</source>
        <translation>Il server non risponde in SMTP come previsto: %1</translation>
    </message>
    <message>
        <source>The probe was cancelled.</source>
        <translation>Il test è stato annullato.</translation>
    </message>
</context>
<context>
    <name>ProbeAdvisor</name>
    <message>
        <source>Connection</source>
        <translation>Connessione</translation>
    </message>
    <message>
        <source>The name %1 does not resolve (DNS failure).</source>
        <translation>Il nome %1 non viene risolto (errore DNS).</translation>
    </message>
    <message>
        <source>Check the spelling of the smart host: OVHcloud&apos;s Exchange servers must find it in public DNS.</source>
        <translation>Controlla che lo smart host sia scritto correttamente: i server Exchange di OVHcloud devono trovarlo nel DNS pubblico.</translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2: nothing listens there, or a firewall rejects it.</source>
        <translation>%1 ha rifiutato la connessione sulla porta %2: nessun servizio è in ascolto oppure un firewall la rifiuta.</translation>
    </message>
    <message>
        <source>Check the port: SMTP relays usually listen on 587 (submission with STARTTLS) or 25.</source>
        <translation>Controlla la porta: i relay SMTP sono di solito in ascolto sulla 587 (submission con STARTTLS) o sulla 25.</translation>
    </message>
    <message>
        <source>Check the smart host name and that its DNS servers answer.</source>
        <translation>Controlla il nome dello smart host e che i suoi server DNS rispondano.</translation>
    </message>
    <message>
        <source>No connection to %1 on port %2 within %3 s.</source>
        <translation>Nessuna connessione a %1 sulla porta %2 entro %3 s.</translation>
    </message>
    <message>
        <source>A firewall may drop the connection silently, or the host is down. Check the port, and that the relay accepts connections from OVHcloud&apos;s Exchange servers.</source>
        <translation>Un firewall potrebbe scartare la connessione senza avvisare, oppure l&apos;host non è attivo. Controlla la porta e che il relay accetti le connessioni dai server Exchange di OVHcloud.</translation>
    </message>
    <message>
        <source>Connected to %1 (%2) on port %3.</source>
        <translation>Connesso a %1 (%2) sulla porta %3.</translation>
    </message>
    <message>
        <source>Port and TLS mode</source>
        <translation>Porta e modalità TLS</translation>
    </message>
    <message>
        <source>Port %1 uses implicit TLS (SMTPS): TLS starts before the SMTP greeting. Exchange send connectors do not speak it.</source>
        <translation>La porta %1 usa TLS implicito (SMTPS): TLS inizia prima del saluto SMTP. I connettori di invio Exchange non lo supportano.</translation>
    </message>
    <message>
        <source>Use port 587 or 25 with STARTTLS instead.</source>
        <translation>Usa invece la porta 587 o 25 con STARTTLS.</translation>
    </message>
    <message>
        <source>Port %1 starts in plain SMTP and upgrades with STARTTLS, as Exchange send connectors do.</source>
        <translation>La porta %1 inizia in SMTP non cifrato e passa a TLS con STARTTLS, come fanno i connettori di invio Exchange.</translation>
    </message>
    <message>
        <source>Server greeting</source>
        <translation>Saluto del server</translation>
    </message>
    <message>
        <source>The server greets with: %1</source>
        <translation>Il server saluta con: %1</translation>
    </message>
    <message>
        <source>The relay probably rejects connections from this address: it must accept OVHcloud&apos;s Exchange servers.</source>
        <translation>Probabilmente il relay rifiuta le connessioni da questo indirizzo: deve accettare i server Exchange di OVHcloud.</translation>
    </message>
    <message>
        <source>The server accepted the connection but sent no greeting within %1 s.</source>
        <translation>Il server ha accettato la connessione ma non ha inviato il saluto entro %1 s.</translation>
    </message>
    <message>
        <source>The port may not use implicit TLS; use port 587 or 25 with STARTTLS.</source>
        <translation>Forse la porta non usa TLS implicito; usa la porta 587 o 25 con STARTTLS.</translation>
    </message>
    <message>
        <source>The port may not speak SMTP, or it expects implicit TLS (SMTPS), which send connectors do not support.</source>
        <translation>Forse la porta non usa SMTP, oppure richiede TLS implicito (SMTPS), che i connettori di invio non supportano.</translation>
    </message>
    <message>
        <source>The server closed the connection without a greeting.</source>
        <translation>Il server ha chiuso la connessione senza inviare il saluto.</translation>
    </message>
    <message>
        <source>The server refused the session: %1</source>
        <translation>Il server ha rifiutato la sessione: %1</translation>
    </message>
    <message>
        <source>EHLO and extensions</source>
        <translation>EHLO ed estensioni</translation>
    </message>
    <message>
        <source>The server closed the connection right after its greeting.</source>
        <translation>Il server ha chiuso la connessione subito dopo il saluto.</translation>
    </message>
    <message>
        <source>The relay probably rejects clients from this address: it must accept OVHcloud&apos;s Exchange servers.</source>
        <translation>Probabilmente il relay rifiuta i client da questo indirizzo: deve accettare i server Exchange di OVHcloud.</translation>
    </message>
    <message>
        <source>The server closed the connection after STARTTLS instead of answering EHLO.</source>
        <translation>Il server ha chiuso la connessione dopo STARTTLS invece di rispondere a EHLO.</translation>
    </message>
    <message>
        <source>The server did not answer EHLO within %1 s.</source>
        <translation>Il server non ha risposto a EHLO entro %1 s.</translation>
    </message>
    <message>
        <source>The server refused both EHLO and HELO: %1</source>
        <translation>Il server ha rifiutato sia EHLO sia HELO: %1</translation>
    </message>
    <message>
        <source>The server refused EHLO (%1) and accepted HELO: it offers no extensions, so no STARTTLS, AUTH or SIZE.</source>
        <translation>Il server ha rifiutato EHLO (%1) e accettato HELO: non offre estensioni, quindi niente STARTTLS, AUTH o SIZE.</translation>
    </message>
    <message>
        <source>Enable ESMTP (EHLO) on the relay.</source>
        <translation>Abilita ESMTP (EHLO) sul relay.</translation>
    </message>
    <message>
        <source>The server accepted EHLO and lists no extensions.</source>
        <translation>Il server ha accettato EHLO e non elenca alcuna estensione.</translation>
    </message>
    <message>
        <source>The server accepted EHLO and offers: %1.</source>
        <translation>Il server ha accettato EHLO e offre: %1.</translation>
    </message>
    <message>
        <source>Message size</source>
        <translation>Dimensione dei messaggi</translation>
    </message>
    <message>
        <source>The server announces no size limit (no SIZE extension).</source>
        <translation>Il server non annuncia alcun limite di dimensione (nessuna estensione SIZE).</translation>
    </message>
    <message>
        <source>The server announces SIZE without a fixed limit.</source>
        <translation>Il server annuncia SIZE senza un limite fisso.</translation>
    </message>
    <message>
        <source>The server accepts messages up to %1 MB.</source>
        <translation>Il server accetta messaggi fino a %1 MB.</translation>
    </message>
    <message>
        <source>SIZE %1 MB is below maxSendSize %2 MB: larger messages would be refused by the relay and bounce.</source>
        <translation>SIZE %1 MB è inferiore a maxSendSize %2 MB: i messaggi più grandi verrebbero rifiutati dal relay e rimbalzerebbero al mittente.</translation>
    </message>
    <message>
        <source>Lower maxSendSize to %1 MB, or raise the relay&apos;s limit to %2 MB.</source>
        <translation>Riduci maxSendSize a %1 MB oppure aumenta il limite del relay a %2 MB.</translation>
    </message>
    <message>
        <source>SIZE %1 MB is at least maxSendSize %2 MB.</source>
        <translation>SIZE %1 MB è maggiore o uguale a maxSendSize %2 MB.</translation>
    </message>
</context>
<context>
    <name>ProbeAuthAdvisor</name>
    <message>
        <source>Authentication mechanism</source>
        <translation>Meccanismo di autenticazione</translation>
    </message>
    <message>
        <source>The extensions offered over TLS could not be read, so the AUTH offer is unknown.</source>
        <translation>Impossibile leggere le estensioni offerte su TLS, quindi i meccanismi AUTH disponibili non sono noti.</translation>
    </message>
    <message>
        <source>Choose basicAuthRequireTLS as the authentication mechanism, so the password never travels unencrypted.</source>
        <translation>Scegli basicAuthRequireTLS come meccanismo di autenticazione, così la password non viaggerà mai in chiaro.</translation>
    </message>
    <message>
        <source>The server offers no AUTH, but the connector uses %1.</source>
        <translation>Il server non offre AUTH, ma il connettore usa %1.</translation>
    </message>
    <message>
        <source>Choose none as the authentication mechanism; the relay must then accept OVHcloud&apos;s Exchange servers by their IP addresses.</source>
        <translation>Scegli none come meccanismo di autenticazione; il relay dovrà quindi accettare i server Exchange di OVHcloud in base ai loro indirizzi IP.</translation>
    </message>
    <message>
        <source>The server offers no AUTH: the authentication mechanism must be none.</source>
        <translation>Il server non offre AUTH: il meccanismo di autenticazione deve essere none.</translation>
    </message>
    <message>
        <source>Choose none as the authentication mechanism.</source>
        <translation>Scegli none come meccanismo di autenticazione.</translation>
    </message>
    <message>
        <source>The server offers AUTH %1 but neither PLAIN nor LOGIN, which basic authentication uses.</source>
        <translation>Il server offre AUTH %1, ma né PLAIN né LOGIN, usati dall&apos;autenticazione di base.</translation>
    </message>
    <message>
        <source>Enable AUTH PLAIN or LOGIN on the relay.</source>
        <translation>Abilita AUTH PLAIN o LOGIN sul relay.</translation>
    </message>
    <message>
        <source>The server offers AUTH %1 only without TLS: the password would travel unencrypted.</source>
        <translation>Il server offre AUTH %1 solo senza TLS: la password viaggerebbe in chiaro.</translation>
    </message>
    <message>
        <source>Enable STARTTLS on the relay and offer AUTH over it.</source>
        <translation>Abilita STARTTLS sul relay e offri AUTH dopo STARTTLS.</translation>
    </message>
    <message>
        <source>The server offers AUTH %1 over TLS.</source>
        <translation>Il server offre AUTH %1 su TLS.</translation>
    </message>
    <message>
        <source>The server offers AUTH %1, but the connector sends no credentials.</source>
        <translation>Il server offre AUTH %1, ma il connettore non invia credenziali.</translation>
    </message>
    <message>
        <source>Unless the relay accepts OVHcloud&apos;s Exchange servers by their IP addresses, choose basicAuthRequireTLS and set the user and password.</source>
        <translation>A meno che il relay non accetti i server Exchange di OVHcloud in base ai loro indirizzi IP, scegli basicAuthRequireTLS e imposta utente e password.</translation>
    </message>
    <message>
        <source>The server offers AUTH only after STARTTLS, but basicAuth does not require TLS.</source>
        <translation>Il server offre AUTH solo dopo STARTTLS, ma basicAuth non richiede TLS.</translation>
    </message>
    <message>
        <source>The server offers AUTH %1 with and without TLS, and basicAuth would also authenticate without TLS.</source>
        <translation>Il server offre AUTH %1 con e senza TLS, e basicAuth si autenticherebbe anche senza TLS.</translation>
    </message>
    <message>
        <source>The server offers AUTH %1 over TLS, as basicAuthRequireTLS needs.</source>
        <translation>Il server offre AUTH %1 su TLS, come richiesto da basicAuthRequireTLS.</translation>
    </message>
    <message>
        <source>basicAuthRequireTLS needs TLS, but the server offers no STARTTLS.</source>
        <translation>basicAuthRequireTLS richiede TLS, ma il server non offre STARTTLS.</translation>
    </message>
    <message>
        <source>The server offers AUTH only on unencrypted connections, not over TLS.</source>
        <translation>Il server offre AUTH solo su connessioni non cifrate, non su TLS.</translation>
    </message>
    <message>
        <source>Let the relay offer AUTH after STARTTLS.</source>
        <translation>Configura il relay in modo che offra AUTH dopo STARTTLS.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Accesso</translation>
    </message>
    <message>
        <source>No user and password given, so the login was not tested.</source>
        <translation>Utente e password non forniti: l&apos;accesso non è stato testato.</translation>
    </message>
    <message>
        <source>Give the connector&apos;s user and password to test the login.</source>
        <translation>Fornisci utente e password del connettore per testare l&apos;accesso.</translation>
    </message>
    <message>
        <source>The probe did not send the credentials: the connection is not encrypted.</source>
        <translation>Il test non ha inviato le credenziali: la connessione non è cifrata.</translation>
    </message>
    <message>
        <source>Enable STARTTLS on the relay: a password must never travel unencrypted.</source>
        <translation>Abilita STARTTLS sul relay: una password non deve mai viaggiare in chiaro.</translation>
    </message>
    <message>
        <source>The probe did not send the credentials: the server&apos;s certificate did not verify.</source>
        <translation>Il test non ha inviato le credenziali: il certificato del server non ha superato la verifica.</translation>
    </message>
    <message>
        <source>Fix the certificate first (see the certificate checks). For a private certificate authority, give its certificate to the probe.</source>
        <translation>Correggi prima il certificato (vedi i controlli sul certificato). Se usi un&apos;autorità di certificazione privata, fornisci il suo certificato al test.</translation>
    </message>
    <message>
        <source>The server offers no AUTH, so the credentials were not used.</source>
        <translation>Il server non offre AUTH, quindi le credenziali non sono state usate.</translation>
    </message>
    <message>
        <source>The server offers neither AUTH PLAIN nor LOGIN, the only mechanisms the probe tests.</source>
        <translation>Il server non offre né AUTH PLAIN né LOGIN, gli unici meccanismi che il test verifica.</translation>
    </message>
    <message>
        <source>The server accepted the login of %1 with AUTH %2.</source>
        <translation>Il server ha accettato l&apos;accesso di %1 con AUTH %2.</translation>
    </message>
    <message>
        <source>The connector sends no credentials: choose basicAuthRequireTLS and set this user and password.</source>
        <translation>Il connettore non invia credenziali: scegli basicAuthRequireTLS e imposta questo utente e questa password.</translation>
    </message>
    <message>
        <source>The server rejected the login of %1 with AUTH %2: %3</source>
        <translation>Il server ha rifiutato l&apos;accesso di %1 con AUTH %2: %3</translation>
    </message>
    <message>
        <source>Check the user and password; many relays expect the full e-mail address as the user name.</source>
        <translation>Controlla utente e password; molti relay richiedono l&apos;indirizzo e-mail completo come nome utente.</translation>
    </message>
</context>
<context>
    <name>ProbeCommand</name>
    <message>
        <source>Usage: smarthost-cli probe HOST [--port P] [--user U --password-stdin] [--tls|--no-tls] [--auth MECH] [--max-size MB] [--json]</source>
        <translation>Uso: smarthost-cli probe HOST [--port P] [--user U --password-stdin] [--tls|--no-tls] [--auth MECH] [--max-size MB] [--json]</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>La porta deve essere compresa tra 1 e 65535.</translation>
    </message>
    <message>
        <source>Unknown authentication &quot;%1&quot;: use none, basicAuth or basicAuthRequireTLS.</source>
        <translation>Autenticazione &quot;%1&quot; sconosciuta: usa none, basicAuth o basicAuthRequireTLS.</translation>
    </message>
    <message>
        <source>--user and --password-stdin go together.</source>
        <translation>--user e --password-stdin vanno usati insieme.</translation>
    </message>
</context>
<context>
    <name>ProbePanel</name>
    <message>
        <source>Test co&amp;nnection</source>
        <extracomment>Button: connects to the smart host and checks it, without sending mail</extracomment>
        <translation>Verifica conn&amp;essione</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <extracomment>Button: stops a running connection test</extracomment>
        <translation>Annulla test</translation>
    </message>
    <message>
        <source>Cop&amp;y report</source>
        <translation>Copia &amp;report</translation>
    </message>
    <message>
        <source>Copy the results and the transcript, with the password masked</source>
        <translation>Copia i risultati e la trascrizione, con la password mascherata</translation>
    </message>
    <message numerus="yes">
        <source>%n passed</source>
        <extracomment>Part of the test summary, e.g. &quot;3 passed, 1 warning&quot;</extracomment>
        <translation>
            <numerusform>%n superato</numerusform>
            <numerusform>%n superati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <extracomment>Part of the test summary, e.g. &quot;3 passed, 1 warning&quot;</extracomment>
        <translation>
            <numerusform>%n avviso</numerusform>
            <numerusform>%n avvisi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <extracomment>Part of the test summary, e.g. &quot;3 passed, 2 failed&quot;</extracomment>
        <translation>
            <numerusform>%n non superato</numerusform>
            <numerusform>%n non superati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <extracomment>Part of the test summary, e.g. &quot;1 passed, 1 failed, 9 skipped&quot;</extracomment>
        <translation>
            <numerusform>%n saltato</numerusform>
            <numerusform>%n saltati</numerusform>
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
        <translation>Nessun controllo</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <extracomment>%1 is what the checks gave before the test was cancelled, e.g. &quot;1 passed, 1 failed&quot;</extracomment>
        <translation>Annullato: %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <extracomment>Status while the connection test prepares</extracomment>
        <translation>Avvio…</translation>
    </message>
    <message>
        <source>Copied</source>
        <extracomment>Shown briefly on the &quot;Copy report&quot; button once the report is on the clipboard</extracomment>
        <translation>Copiato</translation>
    </message>
    <message>
        <source>The settings changed since this test: test again to check them.</source>
        <translation>Le impostazioni sono cambiate dopo questo test: ripeti il test per verificarle.</translation>
    </message>
    <message>
        <source>Connect to the smart host and compare it with these settings; no mail is sent</source>
        <translation>Si connette allo smart host e lo confronta con queste impostazioni; non viene inviato alcun messaggio</translation>
    </message>
    <message>
        <source>Enter a smart host and a port first</source>
        <translation>Inserisci prima uno smart host e una porta</translation>
    </message>
    <message>
        <source>Checks the port, TLS and authentication; no mail is sent.</source>
        <translation>Verifica la porta, TLS e l&apos;autenticazione; non viene inviato alcun messaggio.</translation>
    </message>
</context>
<context>
    <name>ProbeReportText</name>
    <message>
        <source>SMTP probe of %1 port %2</source>
        <translation>Test SMTP di %1 porta %2</translation>
    </message>
    <message>
        <source>SMTP probe of %1 port %2 (%3)</source>
        <translation>Test SMTP di %1 porta %2 (%3)</translation>
    </message>
    <message>
        <source>PASS</source>
        <extracomment>Status label in the text report; keep it short (at most 5 characters)</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>WARN</source>
        <extracomment>Status label in the text report; keep it short (at most 5 characters)</extracomment>
        <translation>AVV.</translation>
    </message>
    <message>
        <source>FAIL</source>
        <extracomment>Status label in the text report; keep it short (at most 5 characters)</extracomment>
        <translation>ERR.</translation>
    </message>
    <message>
        <source>SKIP</source>
        <extracomment>Status label in the text report; keep it short (at most 5 characters)</extracomment>
        <translation>SALT.</translation>
    </message>
    <message>
        <source>Extensions: %1</source>
        <translation>Estensioni: %1</translation>
    </message>
    <message>
        <source>TLS: %1, %2</source>
        <translation>TLS: %1, %2</translation>
    </message>
    <message>
        <source>Certificate: %1, issued by %2, valid %3 to %4</source>
        <translation>Certificato: %1, emesso da %2, valido dal %3 al %4</translation>
    </message>
    <message>
        <source>Result: %1 failed, %2 warnings, %3 passed, %4 skipped.</source>
        <translation>Risultato: %1 non superati, %2 avvisi, %3 superati, %4 saltati.</translation>
    </message>
    <message>
        <source>Transcript:</source>
        <translation>Trascrizione:</translation>
    </message>
</context>
<context>
    <name>ProbeResultView</name>
    <message>
        <source>TLS session and certificate</source>
        <translation>Sessione TLS e certificato</translation>
    </message>
    <message>
        <source>Show transcript</source>
        <translation>Mostra trascrizione</translation>
    </message>
    <message>
        <source>The SMTP conversation line by line, with the password masked</source>
        <translation>La conversazione SMTP riga per riga, con la password mascherata</translation>
    </message>
    <message>
        <source>Hide transcript</source>
        <translation>Nascondi trascrizione</translation>
    </message>
    <message>
        <source>Passed</source>
        <extracomment>Status of one connection check</extracomment>
        <translation>Superato</translation>
    </message>
    <message>
        <source>Warning</source>
        <extracomment>Status of one connection check: it passed with advice</extracomment>
        <translation>Avviso</translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>Status of one connection check</extracomment>
        <translation>Non superato</translation>
    </message>
    <message>
        <source>Skipped</source>
        <extracomment>Status of one connection check: it could not run</extracomment>
        <translation>Saltato</translation>
    </message>
    <message>
        <source>implicit TLS</source>
        <translation>TLS implicito</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>TLS protocol and how it started, e.g. &quot;TLS 1.3 (STARTTLS)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protocollo:</translation>
    </message>
    <message>
        <source>Cipher:</source>
        <translation>Cifratura:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Soggetto:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Emittente:</translation>
    </message>
    <message>
        <source>Names:</source>
        <translation>Nomi:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Valido dal:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Valido fino al:</translation>
    </message>
    <message>
        <source>Host name:</source>
        <translation>Nome host:</translation>
    </message>
    <message>
        <source>The certificate is valid for %1</source>
        <translation>Il certificato è valido per %1</translation>
    </message>
    <message>
        <source>The certificate is not valid for %1</source>
        <translation>Il certificato non è valido per %1</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Attendibile</translation>
    </message>
    <message>
        <source>Verification:</source>
        <translation>Verifica:</translation>
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
        <translation>%1 porta %2, testato alle %3 in %4</translation>
    </message>
    <message>
        <source>%1 port %2 (%3), tested at %4 in %5</source>
        <extracomment>%1 host, %2 port, %3 IP address, %4 time of day, %5 duration (&quot;120 ms&quot;, &quot;2.5 s&quot;)</extracomment>
        <translation>%1 porta %2 (%3), testato alle %4 in %5</translation>
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
        <translation>TLS implicito: la connessione è cifrata dal primo byte, senza STARTTLS.</translation>
    </message>
    <message>
        <source>Enable STARTTLS on the relay, or use the port where it offers it (usually 587).</source>
        <translation>Abilita STARTTLS sul relay oppure usa la porta su cui lo offre (di solito 587).</translation>
    </message>
    <message>
        <source>requireTLS is on but the server offers no STARTTLS on port %1.</source>
        <translation>requireTLS è attivo, ma il server non offre STARTTLS sulla porta %1.</translation>
    </message>
    <message>
        <source>Turning requireTLS off instead would send mail unencrypted.</source>
        <translation>Disattivare requireTLS, invece, farebbe inviare la posta in chiaro.</translation>
    </message>
    <message>
        <source>The server offers no STARTTLS on port %1: mail would travel unencrypted.</source>
        <translation>Il server non offre STARTTLS sulla porta %1: la posta viaggerebbe in chiaro.</translation>
    </message>
    <message>
        <source>The server offers STARTTLS but refused it: %1</source>
        <translation>Il server offre STARTTLS ma l&apos;ha rifiutato: %1</translation>
    </message>
    <message>
        <source>Check the relay&apos;s TLS configuration (certificate and key).</source>
        <translation>Controlla la configurazione TLS del relay (certificato e chiave).</translation>
    </message>
    <message>
        <source>The server offers STARTTLS on port %1 and accepted it.</source>
        <translation>Il server offre STARTTLS sulla porta %1 e l&apos;ha accettato.</translation>
    </message>
    <message>
        <source>Turn requireTLS on, so mail never falls back to an unencrypted connection.</source>
        <translation>Attiva requireTLS, così la posta non ripiegherà mai su una connessione non cifrata.</translation>
    </message>
    <message>
        <source>TLS session</source>
        <translation>Sessione TLS</translation>
    </message>
    <message>
        <source>The TLS handshake did not finish within %1 s.</source>
        <translation>L&apos;handshake TLS non si è concluso entro %1 s.</translation>
    </message>
    <message>
        <source>The server may not speak implicit TLS on port %1; probe it with STARTTLS instead.</source>
        <translation>Forse il server non supporta TLS implicito sulla porta %1; testalo invece con STARTTLS.</translation>
    </message>
    <message>
        <source>Check the relay&apos;s TLS configuration.</source>
        <translation>Controlla la configurazione TLS del relay.</translation>
    </message>
    <message>
        <source>The relay must support TLS 1.2 or later, with a certificate and a matching key.</source>
        <translation>Il relay deve supportare TLS 1.2 o versioni successive, con un certificato e la chiave corrispondente.</translation>
    </message>
    <message>
        <source>No TLS session was negotiated.</source>
        <translation>Non è stata negoziata alcuna sessione TLS.</translation>
    </message>
    <message>
        <source>%1 with cipher %2.</source>
        <translation>%1 con cifratura %2.</translation>
    </message>
    <message>
        <source>Certificate trust</source>
        <translation>Attendibilità del certificato</translation>
    </message>
    <message>
        <source>No certificate to check: no TLS session.</source>
        <translation>Nessun certificato da verificare: nessuna sessione TLS.</translation>
    </message>
    <message>
        <source>The certificate %1, issued by %2, chains to a trusted authority.</source>
        <translation>Il certificato %1, emesso da %2, è collegato a un&apos;autorità di certificazione attendibile.</translation>
    </message>
    <message>
        <source>The certificate %1, issued by %2, does not verify: %3</source>
        <translation>Il certificato %1, emesso da %2, non supera la verifica: %3</translation>
    </message>
    <message>
        <source>Install a certificate from a public certificate authority on the relay, with its intermediate certificates. The probe sends no credentials over a connection whose certificate does not verify.</source>
        <translation>Installa sul relay un certificato emesso da un&apos;autorità di certificazione pubblica, con i relativi certificati intermedi. Il test non invia credenziali su una connessione il cui certificato non supera la verifica.</translation>
    </message>
    <message>
        <source>Certificate host name</source>
        <translation>Nome host del certificato</translation>
    </message>
    <message>
        <source>The certificate is valid for %1.</source>
        <translation>Il certificato è valido per %1.</translation>
    </message>
    <message>
        <source>The certificate is not valid for %1; it names %2.</source>
        <translation>Il certificato non è valido per %1; indica %2.</translation>
    </message>
    <message>
        <source>Use a smart host name the certificate covers, or install a certificate that includes %1.</source>
        <translation>Usa un nome di smart host coperto dal certificato oppure installa un certificato che includa %1.</translation>
    </message>
    <message>
        <source>Certificate validity</source>
        <translation>Validità del certificato</translation>
    </message>
    <message>
        <source>The certificate expired on %1.</source>
        <translation>Il certificato è scaduto il %1.</translation>
    </message>
    <message>
        <source>Renew the relay&apos;s certificate.</source>
        <translation>Rinnova il certificato del relay.</translation>
    </message>
    <message>
        <source>The certificate is only valid from %1.</source>
        <translation>Il certificato è valido solo a partire dal %1.</translation>
    </message>
    <message>
        <source>Check the relay&apos;s certificate and the clocks.</source>
        <translation>Controlla il certificato del relay e gli orologi.</translation>
    </message>
    <message numerus="yes">
        <source>The certificate expires on %1, in %n day(s).</source>
        <translation>
            <numerusform>Il certificato scade il %1, tra %n giorno.</numerusform>
            <numerusform>Il certificato scade il %1, tra %n giorni.</numerusform>
        </translation>
    </message>
    <message>
        <source>Renew the relay&apos;s certificate soon.</source>
        <translation>Rinnova al più presto il certificato del relay.</translation>
    </message>
    <message>
        <source>The certificate is valid from %1 to %2.</source>
        <translation>Il certificato è valido dal %1 al %2.</translation>
    </message>
</context>
<context>
    <name>ProfileMenu</name>
    <message>
        <source>Switch &amp;Profile</source>
        <translation>Cambia &amp;profilo</translation>
    </message>
    <message>
        <source>&amp;New Profile…</source>
        <translation>&amp;Nuovo profilo…</translation>
    </message>
    <message>
        <source>Sign &amp;Out…</source>
        <translation>&amp;Disconnetti…</translation>
    </message>
    <message>
        <source>Sign in with other keys and save them as a new profile</source>
        <translation>Accedi con altre chiavi e salvale come nuovo profilo</translation>
    </message>
    <message>
        <source>Delete this profile&apos;s secrets from the keychain</source>
        <translation>Elimina i segreti di questo profilo dal portachiavi</translation>
    </message>
    <message>
        <source>No saved profile</source>
        <translation>Nessun profilo salvato</translation>
    </message>
    <message>
        <source>Sign &amp;Out of “%1”…</source>
        <translation>&amp;Disconnetti il profilo “%1”…</translation>
    </message>
    <message>
        <source>There is no saved profile named “%1”.</source>
        <translation>Non esiste alcun profilo salvato con il nome “%1”.</translation>
    </message>
    <message>
        <source>The secrets of profile “%1” could not be read from the %2: %3</source>
        <translation>Impossibile leggere i segreti del profilo “%1” (%2): %3</translation>
    </message>
    <message>
        <source>Profile “%1” is incomplete: sign in again to save its keys.</source>
        <translation>Il profilo “%1” è incompleto: accedi di nuovo per salvarne le chiavi.</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>Disconnetti</translation>
    </message>
    <message>
        <source>Sign out of “%1”?</source>
        <translation>Disconnettere il profilo “%1”?</translation>
    </message>
    <message>
        <source>Its secrets are deleted from the %1, and its settings with them. To use it again you need its keys, or a new consumer key.</source>
        <translation>I suoi segreti verranno eliminati (%1) insieme alle relative impostazioni. Per usarlo di nuovo serviranno le sue chiavi o una nuova consumer key.</translation>
    </message>
    <message>
        <source>&amp;Sign Out</source>
        <translation>&amp;Disconnetti</translation>
    </message>
    <message>
        <source>The secrets of profile “%1” could not be deleted from the %2: %3. The profile was kept.</source>
        <translation>Impossibile eliminare i segreti del profilo “%1” (%2): %3. Il profilo è stato mantenuto.</translation>
    </message>
</context>
<context>
    <name>RelayMatcher</name>
    <message>
        <source>the relay host itself</source>
        <translation>l&apos;host del relay stesso</translation>
    </message>
    <message>
        <source>the relay&apos;s IP address</source>
        <translation>l&apos;indirizzo IP del relay</translation>
    </message>
    <message>
        <source>a host of the relay&apos;s domain %1</source>
        <extracomment>%1 is a domain name such as example.com</extracomment>
        <translation>un host del dominio %1 del relay</translation>
    </message>
</context>
<context>
    <name>RouteAnalyzer</name>
    <message>
        <source>%1 recorded that it received the message from %2 (%3).</source>
        <extracomment>%1 receiving server, %2 sending host, %3 how it relates to the relay</extracomment>
        <translation>%1 ha registrato di aver ricevuto il messaggio da %2 (%3).</translation>
    </message>
    <message>
        <source>This hop was written by %1 (%2).</source>
        <extracomment>%1 host name, %2 how it relates to the relay</extracomment>
        <translation>Questo hop è stato scritto da %1 (%2).</translation>
    </message>
    <message>
        <source>The message carries a DKIM signature of %1 (%2).</source>
        <translation>Il messaggio contiene una firma DKIM di %1 (%2).</translation>
    </message>
    <message>
        <source>The bounce address (Return-Path) %1 belongs to %2.</source>
        <translation>L&apos;indirizzo di rimbalzo (Return-Path) %1 appartiene a %2.</translation>
    </message>
    <message>
        <source>Received-SPF checked the address %1, the relay&apos;s address.</source>
        <translation>Received-SPF ha verificato l&apos;indirizzo %1, che è l&apos;indirizzo del relay.</translation>
    </message>
    <message>
        <source>%1 received the message directly from %2, an outgoing server of the mail platform, not from the relay.</source>
        <extracomment>%1 receiving server, %2 the platform&apos;s outgoing server</extracomment>
        <translation>%1 ha ricevuto il messaggio direttamente da %2, un server di invio della piattaforma di posta, non dal relay.</translation>
    </message>
    <message>
        <source>The message went through the mail platform&apos;s servers (%1) and no hop shows the relay.</source>
        <translation>Il messaggio è passato dai server della piattaforma di posta (%1) e nessun hop mostra il relay.</translation>
    </message>
    <message>
        <source>The header x-mclm-sbr-processed: true shows that the platform&apos;s sender-based routing handled the message (it does not say through which send connector).</source>
        <translation>L&apos;intestazione x-mclm-sbr-processed: true indica che il messaggio è stato gestito dall&apos;instradamento basato sul mittente della piattaforma (non dice attraverso quale connettore di invio).</translation>
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
        <translation>media</translation>
    </message>
    <message>
        <source>supporting</source>
        <translation>di supporto</translation>
    </message>
    <message>
        <source>against</source>
        <translation>contraria</translation>
    </message>
    <message>
        <source>No send connector given: the route was not checked.</source>
        <translation>Nessun connettore di invio indicato: il percorso non è stato verificato.</translation>
    </message>
    <message>
        <source>The message went through the send connector&apos;s relay.</source>
        <translation>Il messaggio è passato dal relay del connettore di invio.</translation>
    </message>
    <message>
        <source>The message probably went through the relay, but no hop written by the next server proves it.</source>
        <translation>Probabilmente il messaggio è passato dal relay, ma nessun hop scritto dal server successivo lo dimostra.</translation>
    </message>
    <message>
        <source>The headers contradict each other: some show the relay, others show the platform&apos;s own outgoing servers.</source>
        <translation>Le intestazioni si contraddicono: alcune mostrano il relay, altre i server di invio della piattaforma stessa.</translation>
    </message>
    <message>
        <source>The message did not go through the send connector&apos;s relay.</source>
        <translation>Il messaggio non è passato dal relay del connettore di invio.</translation>
    </message>
</context>
<context>
    <name>ScreenshotTaker</name>
    <message numerus="yes">
        <source>The first load did not finish within %n second(s).</source>
        <translation>
            <numerusform>Il primo caricamento non si è concluso entro %n secondo.</numerusform>
            <numerusform>Il primo caricamento non si è concluso entro %n secondi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading failed: %1</source>
        <translation>Caricamento non riuscito: %1</translation>
    </message>
    <message>
        <source>There is no send connector to show in a dialog.</source>
        <translation>Non c&apos;è alcun connettore di invio da mostrare in una finestra di dialogo.</translation>
    </message>
    <message>
        <source>The dialog closed before it could be grabbed.</source>
        <translation>La finestra di dialogo si è chiusa prima di poter essere catturata.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossibile scrivere %1.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2×%3).</source>
        <translation>Salvato %1 (%2×%3).</translation>
    </message>
    <message>
        <source>Screenshot failed: %1</source>
        <translation>Screenshot non riuscito: %1</translation>
    </message>
    <message>
        <source>The main window has no header viewer.</source>
        <translation>La finestra principale non ha un visualizzatore di intestazioni.</translation>
    </message>
</context>
<context>
    <name>SendConnector</name>
    <message>
        <source>unknown mechanism %1</source>
        <translation>meccanismo sconosciuto %1</translation>
    </message>
    <message>
        <source>unknown state %1</source>
        <translation>stato sconosciuto %1</translation>
    </message>
</context>
<context>
    <name>ServiceStore</name>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is what could not be read (a connector id, an email address or a domain name), %2 OVHcloud&apos;s message.</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ServiceTreeFormatter</name>
    <message>
        <source>Send connectors</source>
        <translation>Connettori di invio</translation>
    </message>
    <message numerus="yes">
        <source>%n connector(s)</source>
        <translation>
            <numerusform>%n connettore</numerusform>
            <numerusform>%n connettori</numerusform>
        </translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domini</translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n dominio</numerusform>
            <numerusform>%n domini</numerusform>
        </translation>
    </message>
    <message>
        <source>New accounts: %1</source>
        <extracomment>%1 is the connector new accounts of the domain get, or the platform&apos;s server.</extracomment>
        <translation>Nuovi account: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <extracomment>A row of the tree when reading from OVHcloud failed; %1 is OVHcloud&apos;s message.</extracomment>
        <translation>Caricamento non riuscito: %1</translation>
    </message>
    <message>
        <source>Offer: %1</source>
        <extracomment>%1 is the offer, e.g. &quot;Private Exchange (dedicated)&quot;.</extracomment>
        <translation>Offerta: %1</translation>
    </message>
    <message>
        <source>TLS required</source>
        <translation>TLS obbligatorio</translation>
    </message>
    <message>
        <source>TLS not required</source>
        <translation>TLS non obbligatorio</translation>
    </message>
    <message>
        <source>Authentication: %1</source>
        <translation>Autenticazione: %1</translation>
    </message>
    <message numerus="yes">
        <source>Used by %n account(s)</source>
        <translation>
            <numerusform>Usato da %n account</numerusform>
            <numerusform>Usato da %n account</numerusform>
        </translation>
    </message>
    <message>
        <source>Task %1 is pending</source>
        <translation>Attività %1 in sospeso</translation>
    </message>
    <message>
        <source>Accounts without a send connector send through the Exchange platform&apos;s own outgoing server.</source>
        <translation>Gli account senza connettore di invio inviano tramite il server di invio della piattaforma Exchange.</translation>
    </message>
    <message>
        <source>%1

Retry from the context menu or with a double-click.</source>
        <translation>%1

Riprova dal menu contestuale o con un doppio clic.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>Tree column: the relay (host:port) of a connector, the offer of a service…</extracomment>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>TLS</source>
        <extracomment>Narrow tree column header: whether the connector requires TLS.</extracomment>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Auth</source>
        <extracomment>Narrow tree column header: whether the connector logs in to the relay.</extracomment>
        <translation>Aut.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Accounts</source>
        <extracomment>Tree column header: number of accounts attached.</extracomment>
        <translation>Account</translation>
    </message>
    <message>
        <source>Whether the connector requires TLS to reach its relay</source>
        <translation>Indica se il connettore richiede TLS per raggiungere il relay</translation>
    </message>
    <message>
        <source>How the connector authenticates to its relay</source>
        <translation>Come il connettore si autentica presso il relay</translation>
    </message>
    <message>
        <source>Accounts that send through the connector</source>
        <translation>Account che inviano tramite il connettore</translation>
    </message>
    <message>
        <source>changing connector…</source>
        <extracomment>Shown for an account whose attach or detach is on its way.</extracomment>
        <translation>cambio connettore…</translation>
    </message>
    <message>
        <source>Changing its send connector…</source>
        <extracomment>Tooltip of an account whose attach or detach is on its way.</extracomment>
        <translation>Modifica del connettore di invio in corso…</translation>
    </message>
    <message>
        <source>The connector new accounts of this domain get. Existing accounts are not changed. Drop a connector here to change it.</source>
        <translation>Il connettore assegnato ai nuovi account di questo dominio. Gli account esistenti non vengono modificati. Rilascia qui un connettore per cambiarlo.</translation>
    </message>
</context>
<context>
    <name>ServiceTreeModel</name>
    <message>
        <source>Changes are not possible here.</source>
        <translation>Qui non è possibile apportare modifiche.</translation>
    </message>
    <message>
        <source>Only accounts and send connectors can be dropped here.</source>
        <translation>Qui si possono rilasciare solo account e connettori di invio.</translation>
    </message>
    <message>
        <source>This was dragged from another version of Smarthost: drag it again from this window.</source>
        <translation>Questo elemento proviene da un&apos;altra versione di Smarthost: trascinalo di nuovo da questa finestra.</translation>
    </message>
    <message>
        <source>Drop accounts onto a send connector, or onto “Platform outgoing server” to detach them.</source>
        <translation>Rilascia gli account su un connettore di invio, oppure su “Server di invio della piattaforma” per scollegarli.</translation>
    </message>
    <message>
        <source>These accounts belong to %1: they can only use that service&apos;s connectors.</source>
        <extracomment>%1 is the service the dragged accounts belong to.</extracomment>
        <translation>Questi account appartengono a %1: possono usare solo i connettori di quel servizio.</translation>
    </message>
    <message>
        <source>Drop a connector onto a domain to make it the default for the domain&apos;s new accounts.</source>
        <translation>Rilascia un connettore su un dominio per renderlo predefinito per i nuovi account del dominio.</translation>
    </message>
    <message>
        <source>This connector belongs to %1: only that service&apos;s domains can use it.</source>
        <translation>Questo connettore appartiene a %1: possono usarlo solo i domini di quel servizio.</translation>
    </message>
</context>
<context>
    <name>ServiceTreeView</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Riprova</translation>
    </message>
    <message>
        <source>&amp;Copy Message</source>
        <translation>&amp;Copia messaggio</translation>
    </message>
</context>
<context>
    <name>ServicesCommand</name>
    <message>
        <source>send connectors not supported</source>
        <translation>connettori di invio non supportati</translation>
    </message>
    <message>
        <source>ORGANIZATION</source>
        <translation>ORGANIZZAZIONE</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>SERVIZIO</translation>
    </message>
    <message>
        <source>OFFER</source>
        <translation>OFFERTA</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>NOTA</translation>
    </message>
</context>
<context>
    <name>SignInAttempt</name>
    <message>
        <source>Testing the keys with OVHcloud…</source>
        <translation>Verifica delle chiavi con OVHcloud…</translation>
    </message>
    <message>
        <source>Asking OVHcloud for a consumer key…</source>
        <translation>Richiesta di una consumer key a OVHcloud…</translation>
    </message>
    <message>
        <source>Waiting for your approval. Log in to OVHcloud on the page that opened in your browser and allow the access; Smarthost goes on by itself as soon as the key is approved.</source>
        <translation>In attesa della tua approvazione. Accedi a OVHcloud nella pagina che si è aperta nel browser e autorizza l&apos;accesso; Smarthost proseguirà automaticamente non appena la chiave sarà approvata.</translation>
    </message>
    <message>
        <source>The key is approved. Testing it…</source>
        <translation>La chiave è stata approvata. Verifica in corso…</translation>
    </message>
    <message>
        <source>Saving the profile; its secrets go to the %1…</source>
        <translation>Salvataggio del profilo; i suoi segreti verranno archiviati qui: %1…</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>Dettagli: %1</translation>
    </message>
    <message>
        <source>The keys work, but no system keychain is available to keep their secrets, and Smarthost never writes them to a file.</source>
        <translation>Le chiavi funzionano, ma non è disponibile alcun portachiavi di sistema per conservarne i segreti, e Smarthost non li scrive mai in un file.</translation>
    </message>
    <message>
        <source>You can keep them in memory for this session only: Smarthost works until you quit, and you sign in again next time.</source>
        <translation>Puoi conservarli in memoria solo per questa sessione: Smarthost funzionerà fino alla chiusura e la prossima volta dovrai accedere di nuovo.</translation>
    </message>
    <message>
        <source>The keys work, but the %1 did not save their secrets.</source>
        <translation>Le chiavi funzionano, ma i loro segreti non sono stati salvati (%1).</translation>
    </message>
    <message>
        <source>Go back to try again, or keep the secrets in memory for this session only.</source>
        <translation>Torna indietro per riprovare oppure conserva i segreti in memoria solo per questa sessione.</translation>
    </message>
    <message>
        <source>Keeping the secrets in memory for this session…</source>
        <translation>Conservazione dei segreti in memoria per questa sessione…</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>portachiavi</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign In to OVHcloud</source>
        <translation>Accedi a OVHcloud</translation>
    </message>
    <message>
        <source>Smarthost works with the OVHcloud API through keys of your own. It tests them before saving anything, and keeps the secrets in the system keychain, never in a file.</source>
        <translation>Smarthost utilizza l&apos;API OVHcloud tramite chiavi personali. Le verifica prima di salvare qualsiasi cosa e conserva i segreti nel portachiavi di sistema, mai in un file.</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profilo:</translation>
    </message>
    <message>
        <source>A name for these keys, e.g. one profile per customer</source>
        <translation>Un nome per queste chiavi, ad es. un profilo per cliente</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Regione:</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>A&amp;vanzate</translation>
    </message>
    <message>
        <source>Use another API address instead of a region</source>
        <translation>Usa un altro indirizzo dell&apos;API al posto di una regione</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>&amp;URL API:</translation>
    </message>
    <message>
        <source>https://eu.api.ovh.com/1.0</source>
        <translation>https://eu.api.ovh.com/1.0</translation>
    </message>
    <message>
        <source>How to Sign In</source>
        <translation>Modalità di accesso</translation>
    </message>
    <message>
        <source>I &amp;have keys</source>
        <translation>&amp;Ho già le chiavi</translation>
    </message>
    <message>
        <source>&amp;Create a key for me</source>
        <translation>&amp;Crea una chiave per me</translation>
    </message>
    <message>
        <source>Service &amp;account (OAuth2)</source>
        <translation>Account di &amp;servizio (OAuth2)</translation>
    </message>
    <message>
        <source>&amp;Import ovh.conf</source>
        <translation>&amp;Importa ovh.conf</translation>
    </message>
    <message>
        <source>Enter the three keys of an application you created on OVHcloud&apos;s createApp page, with a consumer key allowed to use /email/exchange.</source>
        <translation>Inserisci le tre chiavi di un&apos;applicazione creata nella pagina createApp di OVHcloud, con una consumer key autorizzata a usare /email/exchange.</translation>
    </message>
    <message>
        <source>Application &amp;key:</source>
        <translation>Application &amp;key:</translation>
    </message>
    <message>
        <source>Application s&amp;ecret:</source>
        <translation>Application s&amp;ecret:</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <comment>Show the secret in clear</comment>
        <translation>M&amp;ostra</translation>
    </message>
    <message>
        <source>Show the application secret</source>
        <translation>Mostra l&apos;application secret</translation>
    </message>
    <message>
        <source>Co&amp;nsumer key:</source>
        <translation>Co&amp;nsumer key:</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <comment>Show the consumer key in clear</comment>
        <translation>Mos&amp;tra</translation>
    </message>
    <message>
        <source>Show the consumer key</source>
        <translation>Mostra la consumer key</translation>
    </message>
    <message>
        <source>Create an application on OVHcloud (any name and description will do), then enter its key and secret here. Smarthost asks OVHcloud for a consumer key and opens a page where you approve it.</source>
        <translation>Crea un&apos;applicazione su OVHcloud (nome e descrizione a piacere), poi inserisci qui la sua application key e il suo application secret. Smarthost richiede a OVHcloud una consumer key e apre una pagina in cui potrai approvarla.</translation>
    </message>
    <message>
        <source>Create an Application on OVHc&amp;loud…</source>
        <translation>Crea un&apos;applicazione su OVHc&amp;loud…</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <comment>Show the secret in clear</comment>
        <translation>Mos&amp;tra</translation>
    </message>
    <message>
        <source>The consumer key may only use GET, POST, PUT and DELETE on /email/exchange/*, and nothing else in your account.</source>
        <translation>La consumer key potrà usare solo GET, POST, PUT e DELETE su /email/exchange/*, e nient&apos;altro del tuo account.</translation>
    </message>
    <message>
        <source>A service account of your OVHcloud account, with an IAM policy that allows the Exchange actions. Smarthost gets a token from the region&apos;s OAuth2 server and renews it before it expires.</source>
        <translation>Un account di servizio del tuo account OVHcloud, con una policy IAM che consente le azioni Exchange. Smarthost ottiene un token dal server OAuth2 della regione e lo rinnova prima della scadenza.</translation>
    </message>
    <message>
        <source>Client I&amp;D:</source>
        <translation>Client I&amp;D:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Client s&amp;ecret:</translation>
    </message>
    <message>
        <source>Show the client secret</source>
        <translation>Mostra il client secret</translation>
    </message>
    <message>
        <source>&amp;Default places: OVH_* variables, ./ovh.conf, ~/.ovh.conf, /etc/ovh.conf</source>
        <translation>Posizioni pre&amp;definite: variabili OVH_*, ./ovh.conf, ~/.ovh.conf, /etc/ovh.conf</translation>
    </message>
    <message>
        <source>&amp;This file:</source>
        <translation>&amp;Questo file:</translation>
    </message>
    <message>
        <source>/path/to/ovh.conf</source>
        <translation>/path/to/ovh.conf</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>S&amp;foglia…</translation>
    </message>
    <message>
        <source>Found in:</source>
        <translation>Trovate in:</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Endpoint:</translation>
    </message>
    <message>
        <source>Application key:</source>
        <translation>Application key:</translation>
    </message>
    <message>
        <source>Application secret:</source>
        <translation>Application secret:</translation>
    </message>
    <message>
        <source>Consumer key:</source>
        <translation>Consumer key:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client ID:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Client secret:</translation>
    </message>
    <message>
        <source>No page? Open this address:</source>
        <translation>Nessuna pagina? Apri questo indirizzo:</translation>
    </message>
    <message>
        <source>Open the Page A&amp;gain</source>
        <translation>Riapri la pa&amp;gina</translation>
    </message>
    <message>
        <source>Stop &amp;Waiting</source>
        <translation>Interrompi l&apos;&amp;attesa</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Indietro</translation>
    </message>
    <message>
        <source>Keep in &amp;Memory for This Session</source>
        <translation>Conserva in &amp;memoria per questa sessione</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Accedi</translation>
    </message>
    <message>
        <source>Smarthost could not open a web browser. Open this address yourself: %1</source>
        <translation>Smarthost non è riuscito ad aprire un browser web. Apri manualmente questo indirizzo: %1</translation>
    </message>
    <message>
        <source>Stopped waiting: the consumer key was not approved, and nothing was saved.</source>
        <translation>Attesa interrotta: la consumer key non è stata approvata e non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>Click Sign In again to save the profile.</source>
        <translation>Fai di nuovo clic su Accedi per salvare il profilo.</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <source>OVHcloud Europe</source>
        <extracomment>Region of the OVHcloud API (eu.api.ovh.com).</extracomment>
        <translation>OVHcloud Europa</translation>
    </message>
    <message>
        <source>OVHcloud Canada</source>
        <extracomment>Region of the OVHcloud API (ca.api.ovh.com).</extracomment>
        <translation>OVHcloud Canada</translation>
    </message>
    <message>
        <source>OVHcloud United States</source>
        <extracomment>Region of the OVHcloud API (api.us.ovhcloud.com).</extracomment>
        <translation>OVHcloud Stati Uniti</translation>
    </message>
    <message>
        <source>A profile named “%1” exists: signing in replaces its keys.</source>
        <translation>Esiste già un profilo con il nome “%1”: accedendo, le sue chiavi verranno sostituite.</translation>
    </message>
    <message>
        <source>Save one profile per customer, say, and switch between them from the File menu.</source>
        <translation>Puoi salvare, ad esempio, un profilo per cliente e passare dall&apos;uno all&apos;altro dal menu File.</translation>
    </message>
    <message>
        <source>Enter the address of the API, e.g. https://eu.api.ovh.com/1.0.</source>
        <translation>Inserisci l&apos;indirizzo dell&apos;API, ad es. https://eu.api.ovh.com/1.0.</translation>
    </message>
    <message>
        <source>Enter the application key, the application secret and the consumer key.</source>
        <translation>Inserisci l&apos;application key, l&apos;application secret e la consumer key.</translation>
    </message>
    <message>
        <source>Enter the key and the secret of your application.</source>
        <translation>Inserisci l&apos;application key e l&apos;application secret della tua applicazione.</translation>
    </message>
    <message>
        <source>Enter the client ID and the client secret of the service account.</source>
        <translation>Inserisci il client ID e il client secret dell&apos;account di servizio.</translation>
    </message>
    <message>
        <source>The configuration has no complete set of keys.</source>
        <translation>La configurazione non contiene un set completo di chiavi.</translation>
    </message>
    <message>
        <source>Keys never contain spaces: check what was pasted.</source>
        <translation>Le chiavi non contengono mai spazi: controlla il testo incollato.</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>Inserisci un nome per il profilo.</translation>
    </message>
    <message numerus="yes">
        <source>The profile name is too long: %n character(s) at most.</source>
        <translation>
            <numerusform>Il nome del profilo è troppo lungo: massimo %n carattere.</numerusform>
            <numerusform>Il nome del profilo è troppo lungo: massimo %n caratteri.</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile name cannot contain control characters.</source>
        <translation>Il nome del profilo non può contenere caratteri di controllo.</translation>
    </message>
</context>
<context>
    <name>SimCommandLine</name>
    <message>
        <source>Simulates the OVHcloud API v1 (Exchange send connectors) on 127.0.0.1 for demos and tests. Runs until interrupted.</source>
        <translation>Simula l&apos;API OVHcloud v1 (connettori di invio Exchange) su 127.0.0.1 per demo e test. Resta in esecuzione finché non viene interrotto.</translation>
    </message>
    <message>
        <source>Port to listen on (default: chosen by the system).</source>
        <translation>Porta di ascolto (predefinita: scelta dal sistema).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>porta</translation>
    </message>
    <message>
        <source>Adds N generated accounts user0001@mydomain.ovh….</source>
        <translation>Aggiunge N account generati user0001@mydomain.ovh….</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Adds a Hosted Exchange organization (hosted-zz222222-1).</source>
        <translation>Aggiunge un&apos;organizzazione Hosted Exchange (hosted-zz222222-1).</translation>
    </message>
    <message>
        <source>Delays every answer by this many milliseconds.</source>
        <translation>Ritarda ogni risposta del numero di millisecondi indicato.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Duration of each task step (todo, doing) in milliseconds.</source>
        <translation>Durata di ogni fase delle attività (todo, doing) in millisecondi.</translation>
    </message>
    <message>
        <source>Ignores the X-Pagination-Mode header (plain id lists only).</source>
        <translation>Ignora l&apos;intestazione X-Pagination-Mode (solo semplici elenchi di ID).</translation>
    </message>
    <message>
        <source>Ignores the X-Ovh-Batch header (comma-joined ids are one id).</source>
        <translation>Ignora l&apos;intestazione X-Ovh-Batch (più ID separati da virgole valgono come un unico ID).</translation>
    </message>
    <message>
        <source>Server clock minus local clock, in seconds.</source>
        <translation>Orologio del server meno orologio locale, in secondi.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondi</translation>
    </message>
    <message>
        <source>spec</source>
        <translation>spec</translation>
    </message>
    <message>
        <source>Seed of every pseudo-random choice.</source>
        <translation>Seed di ogni scelta pseudocasuale.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numero</translation>
    </message>
    <message>
        <source>Prints one line per answered request on standard error.</source>
        <translation>Stampa sullo standard error una riga per ogni richiesta servita.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argomento imprevisto: %1</translation>
    </message>
    <message>
        <source>--port needs a number from 0 to 65535.</source>
        <translation>--port richiede un numero da 0 a 65535.</translation>
    </message>
    <message>
        <source>--accounts needs a number from 0 to 100000.</source>
        <translation>--accounts richiede un numero da 0 a 100000.</translation>
    </message>
    <message>
        <source>--latency-ms and --task-ms need a number of milliseconds.</source>
        <translation>--latency-ms e --task-ms richiedono un numero di millisecondi.</translation>
    </message>
    <message>
        <source>--clock-offset needs a number of seconds.</source>
        <translation>--clock-offset richiede un numero di secondi.</translation>
    </message>
    <message>
        <source>--seed needs a number from 0 to 4294967295.</source>
        <translation>--seed richiede un numero da 0 a 4294967295.</translation>
    </message>
    <message>
        <source># ovh.conf (signed requests)</source>
        <translation># ovh.conf (richieste firmate)</translation>
    </message>
    <message>
        <source># or as environment variables</source>
        <translation># oppure come variabili d&apos;ambiente</translation>
    </message>
    <message>
        <source># OAuth2 service account (instead of the keys above), token URL %1</source>
        <translation># account di servizio OAuth2 (al posto delle chiavi sopra), URL del token %1</translation>
    </message>
    <message>
        <source># Press Ctrl+C to stop.</source>
        <translation># Premi Ctrl+C per arrestare.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 port %1: %2</source>
        <translation>Impossibile mettersi in ascolto su 127.0.0.1 porta %1: %2</translation>
    </message>
    <message>
        <source>Injects a fault: METHOD:REGEX:KIND[:RATE[:COUNT]], e.g. &quot;*:/sendConnector:503:0.5&quot;; COUNT: at most that many times. Kinds: %1. Repeatable.</source>
        <translation>Inietta un guasto: METHOD:REGEX:KIND[:RATE[:COUNT]], ad es. &quot;*:/sendConnector:503:0.5&quot;; COUNT: al massimo quel numero di volte. Tipi: %1. Ripetibile.</translation>
    </message>
</context>
<context>
    <name>SmtpConnection</name>
    <message>
        <source>Ignored data sent before the TLS handshake.</source>
        <translation>Ignorati i dati inviati prima dell&apos;handshake TLS.</translation>
    </message>
    <message>
        <source>Certificate problem: %1</source>
        <translation>Problema con il certificato: %1</translation>
    </message>
    <message>
        <source>TLS established: %1, %2, certificate %3</source>
        <translation>TLS stabilito: %1, %2, certificato %3</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificato</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>NON verificato</translation>
    </message>
    <message>
        <source>Ignored a reply sent before the TLS handshake.</source>
        <translation>Ignorata una risposta inviata prima dell&apos;handshake TLS.</translation>
    </message>
</context>
<context>
    <name>SmtpProbe</name>
    <message>
        <source>No smart host or port to probe.</source>
        <translation>Nessuno smart host o porta da testare.</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2…</source>
        <translation>Connessione a %1 porta %2…</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 with implicit TLS</source>
        <translation>Connessione a %1 porta %2 con TLS implicito</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2</source>
        <translation>Connessione a %1 porta %2</translation>
    </message>
    <message>
        <source>TLS is not available on this system.</source>
        <translation>TLS non è disponibile su questo sistema.</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connesso a %1</translation>
    </message>
    <message>
        <source>Negotiating TLS…</source>
        <translation>Negoziazione TLS…</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s greeting…</source>
        <translation>In attesa del saluto del server…</translation>
    </message>
    <message>
        <source>Sending EHLO…</source>
        <translation>Invio di EHLO…</translation>
    </message>
    <message>
        <source>Sending HELO…</source>
        <translation>Invio di HELO…</translation>
    </message>
    <message>
        <source>Starting TLS…</source>
        <translation>Avvio di TLS…</translation>
    </message>
    <message>
        <source>Credentials not sent: the connection is not encrypted.</source>
        <translation>Credenziali non inviate: la connessione non è cifrata.</translation>
    </message>
    <message>
        <source>Credentials not sent: the certificate did not verify.</source>
        <translation>Credenziali non inviate: il certificato non ha superato la verifica.</translation>
    </message>
    <message>
        <source>Logging in with AUTH %1…</source>
        <translation>Accesso con AUTH %1…</translation>
    </message>
    <message>
        <source>Closing the session…</source>
        <translation>Chiusura della sessione…</translation>
    </message>
    <message>
        <source>No reply to QUIT; closing.</source>
        <translation>Nessuna risposta a QUIT; chiusura.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Interrotto: %1</translation>
    </message>
</context>
<context>
    <name>SmtpReplyParser</name>
    <message>
        <source>The server sent a line longer than %1 bytes.</source>
        <translation>Il server ha inviato una riga più lunga di %1 byte.</translation>
    </message>
    <message>
        <source>The server sent a line that is not an SMTP reply: %1</source>
        <translation>Il server ha inviato una riga che non è una risposta SMTP: %1</translation>
    </message>
    <message>
        <source>The server changed the reply code inside a multi-line reply (%1 then %2).</source>
        <translation>Il server ha cambiato il codice di risposta all&apos;interno di una risposta su più righe (%1, poi %2).</translation>
    </message>
    <message>
        <source>The server sent a reply longer than %1 lines.</source>
        <translation>Il server ha inviato una risposta di oltre %1 righe.</translation>
    </message>
</context>
<context>
    <name>TaskDock</name>
    <message>
        <source>Tasks</source>
        <translation>Attività</translation>
    </message>
</context>
<context>
    <name>TaskListModel</name>
    <message>
        <source>%1 on %2</source>
        <extracomment>Task list: %1 is what the task works on, %2 the Exchange service.</extracomment>
        <translation>%1 su %2</translation>
    </message>
    <message>
        <source>Not followed</source>
        <extracomment>Task list: Smarthost could not follow the task (it may still run).</extracomment>
        <translation>Non monitorata</translation>
    </message>
    <message>
        <source>OVHcloud task %1</source>
        <extracomment>Task list tooltip: %1 is OVHcloud&apos;s task id.</extracomment>
        <translation>Attività OVHcloud %1</translation>
    </message>
    <message>
        <source>Function</source>
        <extracomment>Task list column: the API&apos;s task function, e.g. addSendConnector.</extracomment>
        <translation>Funzione</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Avviata</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminata</translation>
    </message>
</context>
<context>
    <name>TaskWatcher</name>
    <message>
        <source>Stopped following task %1; it may still finish on OVHcloud&apos;s side.</source>
        <translation>Monitoraggio dell&apos;attività %1 interrotto; potrebbe comunque concludersi sul lato OVHcloud.</translation>
    </message>
    <message numerus="yes">
        <source>Task %1 (%2) is still &quot;%3&quot; after %n minute(s).</source>
        <translation>
            <numerusform>L&apos;attività %1 (%2) è ancora nello stato &quot;%3&quot; dopo %n minuto.</numerusform>
            <numerusform>L&apos;attività %1 (%2) è ancora nello stato &quot;%3&quot; dopo %n minuti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Task %1 (%2) is still &quot;%3&quot; after %n second(s).</source>
        <translation>
            <numerusform>L&apos;attività %1 (%2) è ancora &quot;%3&quot; dopo %n secondo.</numerusform>
            <numerusform>L&apos;attività %1 (%2) è ancora &quot;%3&quot; dopo %n secondi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TlsInfo</name>
    <message>
        <source>older protocol (%1)</source>
        <extracomment>%1 is Qt&apos;s numeric protocol code</extracomment>
        <translation>protocollo meno recente (%1)</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <source>Route verdict</source>
        <translation>Verdetto sul percorso</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Prove</translation>
    </message>
    <message>
        <source>Paste the header of a received message to see its route.</source>
        <translation>Incolla l&apos;intestazione di un messaggio ricevuto per vederne il percorso.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 a connector&apos;s name, %2 its smart host</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No connector chosen: the route is shown without a verdict</source>
        <translation>Nessun connettore scelto: il percorso viene mostrato senza verdetto</translation>
    </message>
    <message>
        <source>Sent through connector %1</source>
        <extracomment>%1 is the connector: &quot;name (host)&quot; or a host</extracomment>
        <translation>Inviato tramite il connettore %1</translation>
    </message>
    <message>
        <source>Probably sent through connector %1</source>
        <translation>Probabilmente inviato tramite il connettore %1</translation>
    </message>
    <message>
        <source>Unclear whether it was sent through connector %1</source>
        <translation>Non è chiaro se sia stato inviato tramite il connettore %1</translation>
    </message>
    <message>
        <source>Not sent through %1: no hop shows its relay</source>
        <translation>Non inviato tramite %1: nessun hop mostra il relay</translation>
    </message>
    <message>
        <source>Not sent through %1: left via %2</source>
        <extracomment>%1 the connector, %2 the server the message left through</extracomment>
        <translation>Non inviato tramite %1: è uscito da %2</translation>
    </message>
    <message>
        <source>hop %1</source>
        <extracomment>%1 is a hop number</extracomment>
        <translation>hop %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New Connector…</source>
        <translation>&amp;Nuovo connettore…</translation>
    </message>
    <message>
        <source>Add a send connector to the selected service</source>
        <translation>Aggiungi un connettore di invio al servizio selezionato</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>Edit the selected send connector</source>
        <translation>Modifica il connettore di invio selezionato</translation>
    </message>
    <message>
        <source>Change &amp;Authentication…</source>
        <translation>Cambia &amp;autenticazione…</translation>
    </message>
    <message>
        <source>Change how the selected connector logs in to its relay</source>
        <translation>Cambia il modo in cui il connettore selezionato si autentica presso il relay</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Elimina…</translation>
    </message>
    <message>
        <source>Delete the selected send connector</source>
        <translation>Elimina il connettore di invio selezionato</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <source>Read the services from OVHcloud again</source>
        <translation>Rileggi i servizi da OVHcloud</translation>
    </message>
    <message>
        <source>&amp;Find Account</source>
        <translation>&amp;Cerca account</translation>
    </message>
    <message>
        <source>Filter the accounts</source>
        <translation>Filtra gli account</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>Quit Smarthost</source>
        <translation>Esci da Smarthost</translation>
    </message>
    <message>
        <source>&amp;About Smarthost</source>
        <translation>&amp;Informazioni su Smarthost</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Connector</source>
        <translation>&amp;Connettore</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barra degli strumenti principale</translation>
    </message>
    <message>
        <source>&amp;Network Settings…</source>
        <translation>Impostazioni di r&amp;ete…</translation>
    </message>
    <message>
        <source>How many requests per second Smarthost sends at most</source>
        <translation>Numero massimo di richieste al secondo inviate da Smarthost</translation>
    </message>
</context>
</TS>

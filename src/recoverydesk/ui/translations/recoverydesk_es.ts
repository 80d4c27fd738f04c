<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>What the skills are based on</source>
      <translation>En qué se basan las habilidades</translation>
    </message>
    <message>
      <source>Where the crisis lines come from (checked on {date})</source>
      <translation>De dónde vienen las líneas de crisis (comprobadas el {date})</translation>
    </message>
    <message>
      <source>Third-party software</source>
      <translation>Software de terceros</translation>
    </message>
    <message>
      <source>RecoveryDesk is built with Python, Qt (through PySide6, under the LGPL-3.0), SQLCipher, matplotlib and other open-source libraries. Their licences come with the app, in the `licences` folder beside it.</source>
      <translation>RecoveryDesk está hecho con Python, Qt (a través de PySide6, bajo la LGPL-3.0), SQLCipher, matplotlib y otras bibliotecas de código abierto. Sus licencias vienen con la aplicación, en la carpeta `licences` que está a su lado.</translation>
    </message>
    <message>
      <source>About {app}</source>
      <translation>Acerca de {app}</translation>
    </message>
    <message>
      <source>{app} icon</source>
      <translation>Icono de {app}</translation>
    </message>
    <message>
      <source>Data folder</source>
      <translation>Carpeta de datos</translation>
    </message>
    <message>
      <source>Open folder</source>
      <translation>Abrir la carpeta</translation>
    </message>
    <message>
      <source>Sources and credits</source>
      <translation>Fuentes y créditos</translation>
    </message>
    <message>
      <source>A private recovery companion. Everything stays on this computer, encrypted. {app} is not a therapist or an emergency service.</source>
      <translation>Un acompañante privado para tu recuperación. Todo se queda en este ordenador, cifrado. {app} no es un terapeuta ni un servicio de emergencias.</translation>
    </message>
    <message>
      <source>Free software under the {licence} licence: you may use, share and change it under its terms.</source>
      <translation>Software libre con la licencia {licence}: puedes usarlo, compartirlo y cambiarlo según sus condiciones.</translation>
    </message>
    <message>
      <source>Your data folder:</source>
      <translation>Tu carpeta de datos:</translation>
    </message>
  </context>
  <context>
    <name>AppController</name>
    <message>
      <source>RecoveryDesk couldn't read its settings on this computer, so it is using the usual ones for now. Everything you wrote is safe: it is kept apart from these settings. You can set them again in Settings when you like.</source>
      <translation>RecoveryDesk no ha podido leer sus ajustes en este ordenador, así que por ahora usa los de siempre. Todo lo que escribiste está a salvo: se guarda aparte de estos ajustes. Puedes volver a elegirlos en Ajustes cuando quieras.</translation>
    </message>
    <message>
      <source>Looking for your system keychain…</source>
      <translation>Buscando el llavero de tu sistema…</translation>
    </message>
    <message>
      <source>Your passphrase is changed. Use the new one from now on.</source>
      <translation>Tu frase secreta ha cambiado. A partir de ahora, usa la nueva.</translation>
    </message>
    <message>
      <source>Your passphrase has not changed.</source>
      <translation>Tu frase secreta no ha cambiado.</translation>
    </message>
    <message>
      <source>Chain analysis: {behaviour}</source>
      <translation>Análisis en cadena: {behaviour}</translation>
    </message>
    <message>
      <source>Chain analysis</source>
      <translation>Análisis en cadena</translation>
    </message>
    <message>
      <source>Backed up to {path} ({size} MB) and checked. It opens with the backup passphrase you chose or your recovery key.</source>
      <translation>Copia guardada en {path} ({size} MB) y comprobada. Se abre con la frase secreta que elegiste para la copia o con tu clave de recuperación.</translation>
    </message>
    <message>
      <source>Backed up to {path} ({size} MB) and checked. It opens with your passphrase of today or your recovery key.</source>
      <translation>Copia guardada en {path} ({size} MB) y comprobada. Se abre con tu frase secreta de hoy o con tu clave de recuperación.</translation>
    </message>
    <message>
      <source>Restored the backup. Your vault as it was is kept in the backups folder.</source>
      <translation>Copia restaurada. Tu caja fuerte tal como estaba se guarda en la carpeta de copias.</translation>
    </message>
    <message>
      <source>Restored your backup. It opens with the passphrase you just typed, and with the recovery key you had then.</source>
      <translation>Tu copia está restaurada. Se abre con la frase secreta que acabas de escribir y con la clave de recuperación que tenías entonces.</translation>
    </message>
    <message>
      <source>You haven't made a backup yet. When you're ready, Settings can make one, to a USB stick for example, so your words are safe if this computer isn't.</source>
      <translation>Aún no has hecho una copia de seguridad. Cuando quieras, en Ajustes puedes hacer una, por ejemplo en una memoria USB, para que tus palabras estén a salvo aunque este ordenador no lo esté.</translation>
    </message>
    <message numerus="yes">
      <source>Your last backup was %n week(s) ago. When you're ready, Settings can make a fresh one.</source>
      <translation>
        <numerusform>Tu última copia de seguridad fue hace %n semana. Cuando quieras, en Ajustes puedes hacer una nueva.</numerusform>
        <numerusform>Tu última copia de seguridad fue hace %n semanas. Cuando quieras, en Ajustes puedes hacer una nueva.</numerusform>
      </translation>
    </message>
    <message>
      <source>The automatic backup couldn't be made this time.</source>
      <translation>Esta vez no se pudo hacer la copia automática.</translation>
    </message>
    <message>
      <source>Something went wrong on our side. Your data has not been changed. If it happens again, restarting RecoveryDesk can help.</source>
      <translation>Algo ha fallado de nuestro lado. Tus datos no han cambiado. Si vuelve a pasar, puede ayudar reiniciar RecoveryDesk.</translation>
    </message>
    <message>
      <source>To keep your vault safe, RecoveryDesk kept what you were writing and locked it. Unlock to go on.</source>
      <translation>Para proteger tu caja fuerte, RecoveryDesk ha guardado lo que escribías y la ha bloqueado. Desbloquéala para seguir.</translation>
    </message>
  </context>
  <context>
    <name>BackUpDialog</name>
    <message>
      <source>Back up now</source>
      <translation>Hacer una copia ahora</translation>
    </message>
    <message>
      <source>Backup file</source>
      <translation>Archivo de la copia</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Elegir…</translation>
    </message>
    <message>
      <source>Choose where to save the backup</source>
      <translation>Elegir dónde guardar la copia</translation>
    </message>
    <message>
      <source>Your passphrase (the one you unlock with today)</source>
      <translation>Tu frase secreta (la que usas hoy para desbloquear)</translation>
    </message>
    <message>
      <source>A separate passphrase just for this backup</source>
      <translation>Una frase secreta aparte, solo para esta copia</translation>
    </message>
    <message>
      <source>Backup passphrase</source>
      <translation>Frase secreta de la copia</translation>
    </message>
    <message>
      <source>Backup passphrase again</source>
      <translation>Frase secreta de la copia otra vez</translation>
    </message>
    <message>
      <source>Back up</source>
      <translation>Hacer la copia</translation>
    </message>
    <message>
      <source>Save to</source>
      <translation>Guardar en</translation>
    </message>
    <message>
      <source>It opens with:</source>
      <translation>Se abre con:</translation>
    </message>
    <message>
      <source>Again</source>
      <translation>Otra vez</translation>
    </message>
    <message>
      <source>Your recovery key opens every backup too. A backup is encrypted, so it is safe on a USB stick; still, keep it somewhere private.</source>
      <translation>Tu clave de recuperación también abre todas las copias. Una copia está cifrada, así que puede ir en una memoria USB; aun así, guárdala en un lugar privado.</translation>
    </message>
    <message>
      <source>Save the backup</source>
      <translation>Guardar la copia</translation>
    </message>
    <message>
      <source>Please choose where to save the backup.</source>
      <translation>Elige dónde guardar la copia, por favor.</translation>
    </message>
  </context>
  <context>
    <name>BackupNote</name>
    <message>
      <source>Backup reminder</source>
      <translation>Recordatorio de copia</translation>
    </message>
    <message>
      <source>Back up now…</source>
      <translation>Hacer una copia ahora…</translation>
    </message>
    <message>
      <source>Back up now</source>
      <translation>Hacer una copia ahora</translation>
    </message>
  </context>
  <context>
    <name>BackupPassphraseDialog</name>
    <message>
      <source>Open this backup</source>
      <translation>Abrir esta copia</translation>
    </message>
    <message>
      <source>Passphrase for this backup</source>
      <translation>Frase secreta de esta copia</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Frase secreta</translation>
    </message>
    <message>
      <source>This backup opens with the passphrase you had when it was made, or the backup passphrase you chose for it.</source>
      <translation>Esta copia se abre con la frase secreta que tenías cuando se hizo, o con la que elegiste para ella.</translation>
    </message>
  </context>
  <context>
    <name>BackupSettings</name>
    <message>
      <source>RecoveryDesk backups (*{suffix})</source>
      <translation>Copias de RecoveryDesk (*{suffix})</translation>
    </message>
    <message>
      <source>Backups and hiding</source>
      <translation>Copias y ocultar</translation>
    </message>
    <message>
      <source>Back up now…</source>
      <translation>Hacer una copia ahora…</translation>
    </message>
    <message>
      <source>Back up now</source>
      <translation>Hacer una copia ahora</translation>
    </message>
    <message>
      <source>Restore from a backup…</source>
      <translation>Restaurar desde una copia…</translation>
    </message>
    <message>
      <source>Restore from a backup</source>
      <translation>Restaurar desde una copia</translation>
    </message>
    <message>
      <source>Also keep automatic backups on this computer</source>
      <translation>Guardar también copias automáticas en este ordenador</translation>
    </message>
    <message>
      <source>Keep automatic backups on this computer</source>
      <translation>Guardar copias automáticas en este ordenador</translation>
    </message>
    <message>
      <source> backups</source>
      <translation> copias</translation>
    </message>
    <message>
      <source>How many automatic backups to keep</source>
      <translation>Cuántas copias automáticas guardar</translation>
    </message>
    <message>
      <source>Show a plain window title (“{title}”)</source>
      <translation>Mostrar un título de ventana neutro («{title}»)</translation>
    </message>
    <message>
      <source>Lock when the window is minimised</source>
      <translation>Bloquear al minimizar la ventana</translation>
    </message>
    <message>
      <source>Lock when the screen locks or the computer sleeps</source>
      <translation>Bloquear cuando se bloquea la pantalla o el ordenador se suspende</translation>
    </message>
    <message>
      <source> seconds</source>
      <translation> segundos</translation>
    </message>
    <message>
      <source>Clear text copied from RecoveryDesk after</source>
      <translation>Borrar el texto copiado de RecoveryDesk tras</translation>
    </message>
    <message>
      <source>Backups</source>
      <translation>Copias de seguridad</translation>
    </message>
    <message>
      <source>A backup is an encrypted copy of everything in RecoveryDesk, checked as it is written. Keep one somewhere else, like a USB stick, in case this computer is lost or breaks.</source>
      <translation>Una copia de seguridad es una copia cifrada de todo lo que hay en RecoveryDesk, comprobada mientras se escribe. Guarda una en otro sitio, como una memoria USB, por si este ordenador se pierde o se estropea.</translation>
    </message>
    <message>
      <source>Keep the newest</source>
      <translation>Guardar las más recientes</translation>
    </message>
    <message>
      <source>Automatic backups are made when you unlock, at most once a day, in the backups folder beside your vault. They help after a mistake, not if this computer is lost: for that, keep a backup of your own somewhere else.</source>
      <translation>Las copias automáticas se hacen al desbloquear, como mucho una vez al día, en la carpeta de copias junto a tu caja fuerte. Ayudan después de un error, no si se pierde este ordenador: para eso, guarda una copia tuya en otro sitio.</translation>
    </message>
    <message>
      <source>Hiding quickly</source>
      <translation>Ocultar rápido</translation>
    </message>
    <message>
      <source>Hide ({shortcut}, or the Hide button at the top) covers RecoveryDesk with a blank screen and locks it at once.</source>
      <translation>Ocultar ({shortcut}, o el botón Ocultar de arriba) tapa RecoveryDesk con una pantalla en blanco y lo bloquea al momento.</translation>
    </message>
    <message>
      <source>Clear copied text after</source>
      <translation>Borrar el texto copiado tras</translation>
    </message>
    <message>
      <source>Checking the backup…</source>
      <translation>Comprobando la copia…</translation>
    </message>
    <message>
      <source>You haven't made a backup yet.</source>
      <translation>Aún no has hecho ninguna copia.</translation>
    </message>
    <message>
      <source>Your last backup: {day}, {time}.</source>
      <translation>Tu última copia: {day}, a las {time}.</translation>
    </message>
  </context>
  <context>
    <name>BreathingPacer</name>
    <message>
      <source>Breathing pacer</source>
      <translation>Guía de respiración</translation>
    </message>
    <message>
      <source>Breath count</source>
      <translation>Cuenta de respiraciones</translation>
    </message>
  </context>
  <context>
    <name>ChangePassphraseDialog</name>
    <message>
      <source>Choose a new passphrase</source>
      <translation>Elige una nueva frase secreta</translation>
    </message>
    <message>
      <source>New passphrase</source>
      <translation>Nueva frase secreta</translation>
    </message>
    <message>
      <source>Again</source>
      <translation>Otra vez</translation>
    </message>
  </context>
  <context>
    <name>ChartCard</name>
    <message>
      <source>Chart: {title}</source>
      <translation>Gráfico: {title}</translation>
    </message>
    <message>
      <source>About {title}</source>
      <translation>Sobre {title}</translation>
    </message>
  </context>
  <context>
    <name>CheckInCard</name>
    <message>
      <source>Nothing else recorded</source>
      <translation>No se anotó nada más</translation>
    </message>
    <message>
      <source>Check-in at {time}: {what}</source>
      <translation>Registro de las {time}: {what}</translation>
    </message>
    <message>
      <source>Edit</source>
      <translation>Editar</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Borrar</translation>
    </message>
    <message>
      <source>Edit the check-in at {time}</source>
      <translation>Editar el registro de las {time}</translation>
    </message>
    <message>
      <source>Delete the check-in at {time}</source>
      <translation>Borrar el registro de las {time}</translation>
    </message>
  </context>
  <context>
    <name>CheckInDialog</name>
    <message>
      <source>How are you right now?</source>
      <translation>¿Cómo estás ahora mismo?</translation>
    </message>
    <message>
      <source>Edit check-in</source>
      <translation>Editar el registro</translation>
    </message>
    <message>
      <source>Leave this check-in without saving it?</source>
      <translation>¿Salir de este registro sin guardarlo?</translation>
    </message>
    <message>
      <source>very low</source>
      <translation>muy bajo</translation>
    </message>
    <message>
      <source>very good</source>
      <translation>muy bueno</translation>
    </message>
    <message>
      <source>Mood, 0 very low to 5 very good</source>
      <translation>Ánimo, de 0 muy bajo a 5 muy bueno</translation>
    </message>
    <message>
      <source>Mood</source>
      <translation>Ánimo</translation>
    </message>
    <message>
      <source>More</source>
      <translation>Más</translation>
    </message>
    <message>
      <source>More: emotions, distress, skills, sleep, note</source>
      <translation>Más: emociones, malestar, habilidades, sueño, nota</translation>
    </message>
    <message>
      <source>Pick a number, or type it. Everything can be skipped. Save with {keys}.</source>
      <translation>Elige un número o escríbelo. Todo se puede saltar. Guarda con {keys}.</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Hora</translation>
    </message>
    <message>
      <source>calm</source>
      <translation>en calma</translation>
    </message>
    <message>
      <source>the most</source>
      <translation>lo máximo</translation>
    </message>
    <message>
      <source>Distress, 0 calm to 10 the most</source>
      <translation>Malestar, de 0 en calma a 10 lo máximo</translation>
    </message>
    <message>
      <source>Skip</source>
      <translation>Saltar</translation>
    </message>
    <message>
      <source>Hours of sleep</source>
      <translation>Horas de sueño</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Sí</translation>
    </message>
    <message>
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <source>Medication taken</source>
      <translation>Medicación tomada</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <source>Add your own urge, emotion or skill…</source>
      <translation>Añadir tu propio impulso, emoción o habilidad…</translation>
    </message>
    <message>
      <source>Distress</source>
      <translation>Malestar</translation>
    </message>
    <message>
      <source>Other urges (0 none – 5 strongest)</source>
      <translation>Otros impulsos (0 nada – 5 lo más fuerte)</translation>
    </message>
    <message>
      <source>Emotions (0 none – 5 strongest)</source>
      <translation>Emociones (0 nada – 5 lo más fuerte)</translation>
    </message>
    <message>
      <source>Skills used</source>
      <translation>Habilidades usadas</translation>
    </message>
    <message>
      <source>none</source>
      <translation>nada</translation>
    </message>
    <message>
      <source>strongest</source>
      <translation>lo más fuerte</translation>
    </message>
    <message>
      <source>Urge: {target}</source>
      <translation>Impulso: {target}</translation>
    </message>
    <message>
      <source>I acted on it</source>
      <translation>Lo seguí</translation>
    </message>
    <message>
      <source>Acted on the urge: {target}</source>
      <translation>Seguí el impulso: {target}</translation>
    </message>
    <message>
      <source>Kept as it is, with no comment. It helps you and your therapist see what was going on.</source>
      <translation>Se guarda tal cual, sin comentarios. Te ayuda, a ti y a tu terapeuta, a ver qué estaba pasando.</translation>
    </message>
    <message>
      <source>Urge to {target}</source>
      <translation>Impulso de {target}</translation>
    </message>
    <message>
      <source>Emotion: {name}</source>
      <translation>Emoción: {name}</translation>
    </message>
    <message>
      <source>Skill used: {name}</source>
      <translation>Habilidad usada: {name}</translation>
    </message>
    <message>
      <source>Less</source>
      <translation>Menos</translation>
    </message>
    <message>
      <source>An urge to track</source>
      <translation>Un impulso que seguir</translation>
    </message>
    <message>
      <source>An emotion</source>
      <translation>Una emoción</translation>
    </message>
    <message>
      <source>A skill</source>
      <translation>Una habilidad</translation>
    </message>
    <message>
      <source>Add your own</source>
      <translation>Añadir algo tuyo</translation>
    </message>
    <message>
      <source>What would you like to add?</source>
      <translation>¿Qué te gustaría añadir?</translation>
    </message>
    <message>
      <source>Its name:</source>
      <translation>Su nombre:</translation>
    </message>
    <message>
      <source>Leave without saving?</source>
      <translation>¿Salir sin guardar?</translation>
    </message>
    <message>
      <source>What you entered here will not be kept.</source>
      <translation>Lo que has escrito aquí no se guardará.</translation>
    </message>
    <message>
      <source>Keep going</source>
      <translation>Seguir aquí</translation>
    </message>
    <message>
      <source>Leave without saving</source>
      <translation>Salir sin guardar</translation>
    </message>
  </context>
  <context>
    <name>ContactDialog</name>
    <message>
      <source>Contact</source>
      <translation>Contacto</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Teléfono</translation>
    </message>
    <message>
      <source>Number to text</source>
      <translation>Número para mensajes</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notas</translation>
    </message>
    <message>
      <source>Part of the plan</source>
      <translation>Parte del plan</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Mensajes</translation>
    </message>
    <message>
      <source>A contact needs a name.</source>
      <translation>Un contacto necesita un nombre.</translation>
    </message>
  </context>
  <context>
    <name>ContactRow</name>
    <message>
      <source>text {number}</source>
      <translation>mensajes al {number}</translation>
    </message>
    <message>
      <source>Contact: {name}</source>
      <translation>Contacto: {name}</translation>
    </message>
    <message>
      <source>Edit {name}</source>
      <translation>Editar a {name}</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Editar…</translation>
    </message>
    <message>
      <source>Remove {name}</source>
      <translation>Quitar a {name}</translation>
    </message>
  </context>
  <context>
    <name>CrisisPanel</name>
    <message>
      <source>Call</source>
      <translation>Llamar</translation>
    </message>
    <message>
      <source>Call {number}</source>
      <translation>Llamar al {number}</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Mensaje</translation>
    </message>
    <message>
      <source>Text {number}</source>
      <translation>Mensaje al {number}</translation>
    </message>
    <message>
      <source>If you are in immediate danger, call {number} now.</source>
      <translation>Si estás en peligro inmediato, llama ahora al {number}.</translation>
    </message>
    <message>
      <source>If you are in immediate danger, call your local emergency number now.</source>
      <translation>Si estás en peligro inmediato, llama ahora al número de emergencias de tu zona.</translation>
    </message>
    <message>
      <source>Help right now</source>
      <translation>Ayuda ahora mismo</translation>
    </message>
    <message>
      <source>Country for crisis lines</source>
      <translation>País de las líneas de crisis</translation>
    </message>
    <message>
      <source>Choose your country…</source>
      <translation>Elige tu país…</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>Lines for:</source>
      <translation>Líneas de:</translation>
    </message>
    <message>
      <source>RecoveryDesk is not an emergency service. The lines below are run by people who are there to listen and help. You can call even if you're not sure it's serious enough.</source>
      <translation>RecoveryDesk no es un servicio de emergencias. Las líneas de abajo las atienden personas que están ahí para escuchar y ayudar. Puedes llamar aunque dudes de si es lo bastante grave.</translation>
    </message>
    <message>
      <source>Choose your country above to see crisis lines you can call or text.</source>
      <translation>Elige tu país arriba para ver líneas de crisis a las que puedes llamar o escribir.</translation>
    </message>
    <message>
      <source>Somewhere else? {name} lists helplines in many countries: {url} (needs the internet).</source>
      <translation>¿Estás en otro lugar? {name} tiene líneas de ayuda de muchos países: {url} (necesita internet).</translation>
    </message>
    <message>
      <source>Somewhere else? {name} lists helplines in many countries: {url}.</source>
      <translation>¿Estás en otro lugar? {name} tiene líneas de ayuda de muchos países: {url}.</translation>
    </message>
    <message>
      <source>These numbers were checked against each service's own page on {date}. The source of each is under its number.</source>
      <translation>Estos números se comprobaron en la página de cada servicio el {date}. La fuente de cada uno está debajo de su número.</translation>
    </message>
    <message>
      <source>From your safety plan</source>
      <translation>De tu plan de seguridad</translation>
    </message>
    <message>
      <source>Do a skill now</source>
      <translation>Practicar una habilidad ahora</translation>
    </message>
    <message>
      <source>Ride out an urge: 5 or 15 minutes</source>
      <translation>Dejar pasar un impulso: 5 o 15 minutos</translation>
    </message>
    <message>
      <source>Things you can do right now:</source>
      <translation>Cosas que puedes hacer ahora mismo:</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Empezar</translation>
    </message>
    <message>
      <source>Start {skill}</source>
      <translation>Empezar {skill}</translation>
    </message>
    <message>
      <source>Add your own line…</source>
      <translation>Añadir tu propia línea…</translation>
    </message>
    <message numerus="yes">
      <source>Show hidden lines (%n)</source>
      <translation>
        <numerusform>Mostrar la línea oculta (%n)</numerusform>
        <numerusform>Mostrar las líneas ocultas (%n)</numerusform>
      </translation>
    </message>
    <message>
      <source>Added by you.</source>
      <translation>Añadida por ti.</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Quitar</translation>
    </message>
    <message>
      <source>Remove {name}</source>
      <translation>Quitar {name}</translation>
    </message>
    <message>
      <source>Source: {url} ({date})</source>
      <translation>Fuente: {url} ({date})</translation>
    </message>
    <message>
      <source>Hide</source>
      <translation>Ocultar</translation>
    </message>
    <message>
      <source>Hide {name}</source>
      <translation>Ocultar {name}</translation>
    </message>
    <message>
      <source>Text {number}, send {keyword}</source>
      <translation>Mensaje al {number}, escribe {keyword}</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>Copiar</translation>
    </message>
    <message>
      <source>Copy {number}</source>
      <translation>Copiar {number}</translation>
    </message>
    <message>
      <source>Copied {number}.</source>
      <translation>{number} copiado.</translation>
    </message>
    <message>
      <source>Opening {number} in your calling app…</source>
      <translation>Abriendo {number} en tu aplicación de llamadas…</translation>
    </message>
    <message>
      <source>This computer has no app for that, so {number} is copied: you can dial it from a phone.</source>
      <translation>Este ordenador no tiene una aplicación para eso, así que {number} está copiado: puedes marcarlo desde un teléfono.</translation>
    </message>
  </context>
  <context>
    <name>DiaryCardView</name>
    <message>
      <source>Weekly diary card</source>
      <translation>Tarjeta diaria de la semana</translation>
    </message>
    <message>
      <source>‹ Previous week</source>
      <translation>‹ Semana anterior</translation>
    </message>
    <message>
      <source>Next week ›</source>
      <translation>Semana siguiente ›</translation>
    </message>
    <message>
      <source>This week</source>
      <translation>Esta semana</translation>
    </message>
    <message>
      <source>Week of</source>
      <translation>Semana del</translation>
    </message>
    <message>
      <source>Diary card</source>
      <translation>Tarjeta diaria</translation>
    </message>
    <message>
      <source>Built from your check-ins: the strongest urge and feeling of each day, whether an urge was acted on, and the skills you used. You could bring it to a session.</source>
      <translation>Hecha a partir de tus registros: el impulso y la emoción más fuertes de cada día, si seguiste algún impulso y las habilidades que usaste. Podrías llevarla a una sesión.</translation>
    </message>
  </context>
  <context>
    <name>GoalEditor</name>
    <message>
      <source>Specific: what exactly will you do?</source>
      <translation>Específica: ¿qué harás exactamente?</translation>
    </message>
    <message>
      <source>e.g. Five minutes of paced breathing when I get home from work</source>
      <translation>p. ej., cinco minutos de respiración pausada al llegar a casa del trabajo</translation>
    </message>
    <message>
      <source>Measurable: how will you know it's happening?</source>
      <translation>Medible: ¿cómo sabrás que está pasando?</translation>
    </message>
    <message>
      <source>e.g. I'll count it in my check-ins, three times a week</source>
      <translation>p. ej., lo contaré en mis registros, tres veces por semana</translation>
    </message>
    <message>
      <source>Achievable: what makes it doable right now?</source>
      <translation>Alcanzable: ¿qué hace que sea posible ahora?</translation>
    </message>
    <message>
      <source>e.g. It's short, and I already know how</source>
      <translation>p. ej., es corto y ya sé cómo hacerlo</translation>
    </message>
    <message>
      <source>Relevant: why does it matter to you?</source>
      <translation>Relevante: ¿por qué te importa?</translation>
    </message>
    <message>
      <source>e.g. Evenings are when things feel hardest</source>
      <translation>p. ej., por las tardes es cuando todo se me hace más cuesta arriba</translation>
    </message>
    <message>
      <source>Time-bound: by when, or for how long?</source>
      <translation>Temporal: ¿para cuándo, o durante cuánto tiempo?</translation>
    </message>
    <message>
      <source>e.g. For the next four weeks, then I'll look back</source>
      <translation>p. ej., durante las próximas cuatro semanas; luego miraré atrás</translation>
    </message>
    <message>
      <source>Your goal</source>
      <translation>Tu meta</translation>
    </message>
    <message>
      <source>A new goal</source>
      <translation>Una meta nueva</translation>
    </message>
    <message>
      <source>Goal editor</source>
      <translation>Editor de metas</translation>
    </message>
    <message>
      <source>Start from</source>
      <translation>Empezar desde</translation>
    </message>
    <message>
      <source>My own goal</source>
      <translation>Mi propia meta</translation>
    </message>
    <message>
      <source>Name of the goal</source>
      <translation>Nombre de la meta</translation>
    </message>
    <message>
      <source>A few words you'll recognise</source>
      <translation>Unas palabras que reconozcas</translation>
    </message>
    <message>
      <source>What to count</source>
      <translation>Qué contar</translation>
    </message>
    <message>
      <source>No number yet</source>
      <translation>Aún sin número</translation>
    </message>
    <message>
      <source>Aim for</source>
      <translation>Apuntar a</translation>
    </message>
    <message>
      <source>How often</source>
      <translation>Con qué frecuencia</translation>
    </message>
    <message>
      <source>each week</source>
      <translation>cada semana</translation>
    </message>
    <message>
      <source>in total</source>
      <translation>en total</translation>
    </message>
    <message>
      <source>What you're counting</source>
      <translation>Lo que cuentas</translation>
    </message>
    <message>
      <source>e.g. walks, pages, nights</source>
      <translation>p. ej., paseos, páginas, noches</translation>
    </message>
    <message>
      <source>By</source>
      <translation>Para el</translation>
    </message>
    <message>
      <source>Look at it again on</source>
      <translation>Volver a mirarla el</translation>
    </message>
    <message>
      <source>Things you could add</source>
      <translation>Cosas que podrías añadir</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <source>Dates</source>
      <translation>Fechas</translation>
    </message>
    <message>
      <source>A goal you can see yourself doing. Fill in as much as helps; you can save at any point and come back.</source>
      <translation>Una meta que te veas haciendo. Rellena lo que te ayude; puedes guardar en cualquier momento y volver luego.</translation>
    </message>
    <message>
      <source>Save ({keys})</source>
      <translation>Guardar ({keys})</translation>
    </message>
    <message>
      <source>Some things you could add (saving is fine either way):</source>
      <translation>Algunas cosas que podrías añadir (puedes guardar igualmente):</translation>
    </message>
    <message>
      <source>This goal says what, how you'll know, why it matters and when. You can change any of it later.</source>
      <translation>Esta meta dice qué, cómo lo sabrás, por qué importa y cuándo. Puedes cambiar cualquier parte más adelante.</translation>
    </message>
  </context>
  <context>
    <name>GoalGlance</name>
    <message>
      <source>A goal step</source>
      <translation>Un paso de una meta</translation>
    </message>
    <message>
      <source>Time to look at a goal</source>
      <translation>Momento de mirar una meta</translation>
    </message>
    <message>
      <source>Open goals</source>
      <translation>Abrir las metas</translation>
    </message>
    <message>
      <source>A next step</source>
      <translation>Un próximo paso</translation>
    </message>
    <message>
      <source>{step} (by {day}), for “{goal}”.</source>
      <translation>{step} (para el {day}), para «{goal}».</translation>
    </message>
    <message>
      <source>{step}, for “{goal}”.</source>
      <translation>{step}, para «{goal}».</translation>
    </message>
    <message>
      <source>Your active goals have no open steps right now.</source>
      <translation>Tus metas activas no tienen pasos pendientes ahora mismo.</translation>
    </message>
    <message>
      <source>Time to look at “{goal}”? When you're ready, a short review can help.</source>
      <translation>¿Es momento de mirar «{goal}»? Cuando quieras, un pequeño repaso puede ayudar.</translation>
    </message>
  </context>
  <context>
    <name>GoalsPage</name>
    <message>
      <source>Goals</source>
      <translation>Metas</translation>
    </message>
    <message>
      <source>Write a goal of my own…</source>
      <translation>Escribir una meta propia…</translation>
    </message>
    <message>
      <source>No goals yet</source>
      <translation>Aún no hay metas</translation>
    </message>
    <message>
      <source>A goal here is something small and clear that matters to you, with steps you can tick off. RecoveryDesk can count progress from what you already log, so there's nothing extra to type.</source>
      <translation>Aquí una meta es algo pequeño y claro que te importa, con pasos que puedes ir marcando. RecoveryDesk puede contar el avance a partir de lo que ya anotas, así que no hay que escribir nada más.</translation>
    </message>
    <message>
      <source>You could start from one of these and make it your own</source>
      <translation>Podrías empezar desde una de estas y hacerla tuya</translation>
    </message>
    <message>
      <source>Start from: {goal}</source>
      <translation>Empezar desde: {goal}</translation>
    </message>
    <message>
      <source>New goal…</source>
      <translation>Nueva meta…</translation>
    </message>
    <message>
      <source>New goal (Ctrl+N)</source>
      <translation>Nueva meta (Ctrl+N)</translation>
    </message>
    <message>
      <source>Due soon</source>
      <translation>Próximos pasos</translation>
    </message>
    <message>
      <source>Your goals</source>
      <translation>Tus metas</translation>
    </message>
    <message>
      <source>Small, clear steps towards what matters to you.</source>
      <translation>Pasos pequeños y claros hacia lo que te importa.</translation>
    </message>
    <message>
      <source>Recognition</source>
      <translation>Reconocimiento</translation>
    </message>
    <message>
      <source>Time to look at this goal</source>
      <translation>Momento de mirar esta meta</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Avance</translation>
    </message>
    <message>
      <source>Where you are now</source>
      <translation>Dónde estás ahora</translation>
    </message>
    <message>
      <source>Update</source>
      <translation>Actualizar</translation>
    </message>
    <message>
      <source>Update the number</source>
      <translation>Actualizar el número</translation>
    </message>
    <message>
      <source>Where you are now:</source>
      <translation>Dónde estás ahora:</translation>
    </message>
    <message>
      <source>Steps (Space ticks, Alt+Up and Alt+Down move)</source>
      <translation>Pasos (Espacio marca; Alt+Arriba y Alt+Abajo mueven)</translation>
    </message>
    <message>
      <source>New step</source>
      <translation>Nuevo paso</translation>
    </message>
    <message>
      <source>A new step: type here and press Enter</source>
      <translation>Un paso nuevo: escríbelo aquí y pulsa Intro</translation>
    </message>
    <message>
      <source>By</source>
      <translation>Para el</translation>
    </message>
    <message>
      <source>Up</source>
      <translation>Subir</translation>
    </message>
    <message>
      <source>Up (step)</source>
      <translation>Subir (paso)</translation>
    </message>
    <message>
      <source>Down</source>
      <translation>Bajar</translation>
    </message>
    <message>
      <source>Down (step)</source>
      <translation>Bajar (paso)</translation>
    </message>
    <message>
      <source>Remove step</source>
      <translation>Quitar el paso</translation>
    </message>
    <message>
      <source>Edit goal…</source>
      <translation>Editar la meta…</translation>
    </message>
    <message>
      <source>Write a review…</source>
      <translation>Escribir un repaso…</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>Pausar</translation>
    </message>
    <message>
      <source>Mark achieved</source>
      <translation>Marcar como lograda</translation>
    </message>
    <message>
      <source>Let it go</source>
      <translation>Dejarla a un lado</translation>
    </message>
    <message>
      <source>Set this goal aside. You can pick it up again.</source>
      <translation>Dejar esta meta a un lado. Puedes retomarla cuando quieras.</translation>
    </message>
    <message>
      <source>Delete for good…</source>
      <translation>Borrar para siempre…</translation>
    </message>
    <message>
      <source>Steps</source>
      <translation>Pasos</translation>
    </message>
    <message>
      <source>Reviews</source>
      <translation>Repasos</translation>
    </message>
    <message>
      <source>The goal</source>
      <translation>La meta</translation>
    </message>
    <message>
      <source>Due soon: {steps}</source>
      <translation>Próximos pasos: {steps}</translation>
    </message>
    <message>
      <source>{step} ({goal}, was due {day})</source>
      <translation>{step} ({goal}, era para el {day})</translation>
    </message>
    <message>
      <source>{step} ({goal}, by {day})</source>
      <translation>{step} ({goal}, para el {day})</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Activa</translation>
    </message>
    <message>
      <source>Paused</source>
      <translation>En pausa</translation>
    </message>
    <message>
      <source>Recently achieved</source>
      <translation>Logradas hace poco</translation>
    </message>
    <message>
      <source>Archive</source>
      <translation>Archivo</translation>
    </message>
    <message>
      <source>{state} since {day} · aiming for {target}</source>
      <translation>{state} desde el {day} · con vistas al {target}</translation>
    </message>
    <message>
      <source>{state} since {day}</source>
      <translation>{state} desde el {day}</translation>
    </message>
    <message>
      <source>You reached this on {day}. That took steady effort; it's worth taking a moment to notice it.</source>
      <translation>Lo lograste el {day}. Eso pidió un esfuerzo constante; vale la pena pararte un momento a notarlo.</translation>
    </message>
    <message>
      <source>You set this one aside. That's a choice too; you can pick it up again any time.</source>
      <translation>Dejaste esta a un lado. También es una elección; puedes retomarla cuando quieras.</translation>
    </message>
    <message>
      <source>Time to look at this goal? When you're ready, a short review can help you see what's working.</source>
      <translation>¿Es momento de mirar esta meta? Cuando quieras, un pequeño repaso puede ayudarte a ver qué está funcionando.</translation>
    </message>
    <message>
      <source>You could add to this goal when it suits you:</source>
      <translation>Podrías completar esta meta cuando te venga bien:</translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>Reanudar</translation>
    </message>
    <message>
      <source>Pick it up again</source>
      <translation>Retomarla</translation>
    </message>
    <message>
      <source>No reviews yet. “Write a review…” keeps a short, dated note of how it's going.</source>
      <translation>Aún no hay repasos. «Escribir un repaso…» guarda una nota breve y con fecha de cómo va.</translation>
    </message>
    <message>
      <source>Review kept.</source>
      <translation>Repaso guardado.</translation>
    </message>
    <message>
      <source>Goal saved.</source>
      <translation>Meta guardada.</translation>
    </message>
    <message>
      <source>Marked achieved. Well done for getting here.</source>
      <translation>Marcada como lograda. Bien hecho por llegar hasta aquí.</translation>
    </message>
    <message>
      <source>Paused. It'll be here when you're ready.</source>
      <translation>En pausa. Estará aquí cuando quieras.</translation>
    </message>
    <message>
      <source>Let go. You can pick it up again any time.</source>
      <translation>Dejada a un lado. Puedes retomarla cuando quieras.</translation>
    </message>
    <message>
      <source>Active again.</source>
      <translation>Activa de nuevo.</translation>
    </message>
    <message>
      <source>Delete this goal?</source>
      <translation>¿Borrar esta meta?</translation>
    </message>
    <message>
      <source>Delete “{goal}” with its steps and reviews? This can't be undone. Goals you let go can also simply stay in the archive.</source>
      <translation>¿Borrar «{goal}» con sus pasos y repasos? No se puede deshacer. Las metas que sueltas también pueden quedarse en el archivo sin más.</translation>
    </message>
    <message>
      <source>Goal deleted.</source>
      <translation>Meta borrada.</translation>
    </message>
    <message>
      <source>Updated.</source>
      <translation>Actualizado.</translation>
    </message>
    <message>
      <source>{step} (done {day})</source>
      <translation>{step} (hecho el {day})</translation>
    </message>
    <message>
      <source>{step} (by {day})</source>
      <translation>{step} (para el {day})</translation>
    </message>
    <message>
      <source>Went well</source>
      <translation>Fue bien</translation>
    </message>
    <message>
      <source>Got in the way</source>
      <translation>Se interpuso</translation>
    </message>
    <message>
      <source>Next small step</source>
      <translation>Siguiente paso pequeño</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Nota</translation>
    </message>
  </context>
  <context>
    <name>HelpAccess</name>
    <message>
      <source>Get help now</source>
      <translation>Pedir ayuda ahora</translation>
    </message>
    <message>
      <source>Crisis lines and people who can help, any time ({shortcut})</source>
      <translation>Líneas de crisis y personas que pueden ayudar, a cualquier hora ({shortcut})</translation>
    </message>
  </context>
  <context>
    <name>HelpDialog</name>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Atajos de teclado</translation>
    </message>
    <message>
      <source>In a check-in: rate mood or an urge</source>
      <translation>En un registro: puntuar el ánimo o un impulso</translation>
    </message>
    <message>
      <source>a digit 0–5, or the arrow keys</source>
      <translation>una cifra del 0 al 5, o las flechas</translation>
    </message>
    <message>
      <source>In a check-in: save</source>
      <translation>En un registro: guardar</translation>
    </message>
    <message>
      <source>In a skill: next, back, pause, stop</source>
      <translation>En una habilidad: siguiente, atrás, pausa, parar</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Qué</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>Teclas</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Ayuda</translation>
    </message>
    <message>
      <source>Help topics</source>
      <translation>Temas de ayuda</translation>
    </message>
    <message>
      <source>Help text</source>
      <translation>Texto de ayuda</translation>
    </message>
  </context>
  <context>
    <name>HistoryDialog</name>
    <message>
      <source>Earlier versions of your plan</source>
      <translation>Versiones anteriores de tu plan</translation>
    </message>
    <message>
      <source>Saved versions</source>
      <translation>Versiones guardadas</translation>
    </message>
    <message numerus="yes">
      <source>{when} — %n item(s)</source>
      <translation>
        <numerusform>{when} — %n elemento</numerusform>
        <numerusform>{when} — %n elementos</numerusform>
      </translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Vista previa</translation>
    </message>
    <message>
      <source>Bring this version back</source>
      <translation>Recuperar esta versión</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Cerrar</translation>
    </message>
    <message>
      <source>No saved versions yet.</source>
      <translation>Aún no hay versiones guardadas.</translation>
    </message>
  </context>
  <context>
    <name>ImportFlow</name>
    <message>
      <source>A RecoveryDesk export (JSON)</source>
      <translation>Una exportación de RecoveryDesk (JSON)</translation>
    </message>
    <message>
      <source>JSON (*.json)</source>
      <translation>JSON (*.json)</translation>
    </message>
    <message>
      <source>Daylio (CSV export)</source>
      <translation>Daylio (exportación CSV)</translation>
    </message>
    <message>
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <source>jrnl (JSON export)</source>
      <translation>jrnl (exportación JSON)</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Importar</translation>
    </message>
    <message>
      <source>Import from</source>
      <translation>Importar desde</translation>
    </message>
    <message>
      <source>You'll see what the file holds before anything is added.</source>
      <translation>Verás lo que contiene el archivo antes de que se añada nada.</translation>
    </message>
    <message>
      <source>Choose the file…</source>
      <translation>Elegir el archivo…</translation>
    </message>
    <message>
      <source>Reading the file…</source>
      <translation>Leyendo el archivo…</translation>
    </message>
    <message>
      <source>Import these now? All of it is added at once, or nothing.</source>
      <translation>¿Importar esto ahora? Se añade todo de una vez, o nada.</translation>
    </message>
    <message>
      <source>Importing…</source>
      <translation>Importando…</translation>
    </message>
    <message>
      <source>Imported. {counts} added.</source>
      <translation>Importado. Añadido: {counts}.</translation>
    </message>
  </context>
  <context>
    <name>InsightsDialogs</name>
    <message>
      <source>This file will not be encrypted: anyone who can open it can read it. It is made readable by your user account only. Keep it somewhere private, and delete it when you no longer need it.</source>
      <translation>Este archivo no estará cifrado: cualquiera que pueda abrirlo podrá leerlo. Solo tu cuenta de usuario puede leerlo. Guárdalo en un lugar privado y bórralo cuando ya no lo necesites.</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <source>RecoveryDesk</source>
      <translation>RecoveryDesk</translation>
    </message>
    <message>
      <source>Stopped. Nothing was saved.</source>
      <translation>Parado. No se guardó nada.</translation>
    </message>
    <message>
      <source>That didn't work this time. Nothing was saved.</source>
      <translation>Esta vez no ha funcionado. No se guardó nada.</translation>
    </message>
    <message>
      <source>Couldn't save {file} ({reason}).</source>
      <translation>No se pudo guardar {file} ({reason}).</translation>
    </message>
    <message>
      <source>{what} saved to {path}. This file will not be encrypted.</source>
      <translation>{what} se guardó en {path}. Este archivo no está cifrado.</translation>
    </message>
    <message>
      <source>Save the diary card</source>
      <translation>Guardar la tarjeta diaria</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>The diary card</source>
      <translation>La tarjeta diaria</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Exportar</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Formato</translation>
    </message>
    <message>
      <source>Everything, one JSON file</source>
      <translation>Todo, en un archivo JSON</translation>
    </message>
    <message>
      <source>Everything, a folder of CSV files</source>
      <translation>Todo, en una carpeta de archivos CSV</translation>
    </message>
    <message>
      <source>The journal, a folder of Markdown files</source>
      <translation>El diario, en una carpeta de archivos Markdown</translation>
    </message>
    <message>
      <source>Only from {first} to {last}</source>
      <translation>Solo del {first} al {last}</translation>
    </message>
    <message>
      <source>Choose where…</source>
      <translation>Elegir dónde…</translation>
    </message>
    <message>
      <source>Export to</source>
      <translation>Exportar a</translation>
    </message>
    <message>
      <source>JSON (*.json)</source>
      <translation>JSON (*.json)</translation>
    </message>
    <message>
      <source>A new folder (*)</source>
      <translation>Una carpeta nueva (*)</translation>
    </message>
    <message>
      <source>Exporting…</source>
      <translation>Exportando…</translation>
    </message>
    <message>
      <source>Exported to {path}. It is not encrypted.</source>
      <translation>Exportado a {path}. No está cifrado.</translation>
    </message>
  </context>
  <context>
    <name>InsightsPage</name>
    <message>
      <source>Mood and urges</source>
      <translation>Ánimo e impulsos</translation>
    </message>
    <message>
      <source>Urges acted on</source>
      <translation>Impulsos que seguiste</translation>
    </message>
    <message>
      <source>Feelings by week</source>
      <translation>Emociones por semana</translation>
    </message>
    <message>
      <source>Skills used, and your urge before and after</source>
      <translation>Habilidades usadas, y tu impulso antes y después</translation>
    </message>
    <message>
      <source>Sleep and mood</source>
      <translation>Sueño y ánimo</translation>
    </message>
    <message>
      <source>Insights</source>
      <translation>Tendencias</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Desde</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Hasta</translation>
    </message>
    <message>
      <source>Show by</source>
      <translation>Mostrar por</translation>
    </message>
    <message>
      <source>By day</source>
      <translation>Por día</translation>
    </message>
    <message>
      <source>By week</source>
      <translation>Por semana</translation>
    </message>
    <message>
      <source>By month</source>
      <translation>Por mes</translation>
    </message>
    <message>
      <source>to</source>
      <comment>from one date to another</comment>
      <translation>al</translation>
    </message>
    <message>
      <source>4 weeks</source>
      <translation>4 semanas</translation>
    </message>
    <message>
      <source>Show the last 4 weeks</source>
      <translation>Mostrar las últimas 4 semanas</translation>
    </message>
    <message>
      <source>12 weeks</source>
      <translation>12 semanas</translation>
    </message>
    <message>
      <source>Show the last 12 weeks</source>
      <translation>Mostrar las últimas 12 semanas</translation>
    </message>
    <message>
      <source>A year</source>
      <translation>Un año</translation>
    </message>
    <message>
      <source>Show the last year</source>
      <translation>Mostrar el último año</translation>
    </message>
    <message>
      <source>Save diary card as PDF…</source>
      <translation>Guardar la tarjeta diaria en PDF…</translation>
    </message>
    <message>
      <source>Print diary card…</source>
      <translation>Imprimir la tarjeta diaria…</translation>
    </message>
    <message>
      <source>Report for your therapist…</source>
      <translation>Informe para tu terapeuta…</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Exportar…</translation>
    </message>
    <message>
      <source>Import…</source>
      <translation>Importar…</translation>
    </message>
    <message>
      <source>Charts status</source>
      <translation>Estado de los gráficos</translation>
    </message>
    <message>
      <source>Insights views</source>
      <translation>Vistas de tendencias</translation>
    </message>
    <message>
      <source>Charts</source>
      <translation>Gráficos</translation>
    </message>
    <message>
      <source>Diary card</source>
      <translation>Tarjeta diaria</translation>
    </message>
    <message>
      <source>How things have been, from your check-ins and skills. Only you see this, unless you choose to share it.</source>
      <translation>Cómo han ido las cosas, según tus registros y habilidades. Solo lo ves tú, salvo que decidas compartirlo.</translation>
    </message>
    <message>
      <source>Getting your charts ready…</source>
      <translation>Preparando tus gráficos…</translation>
    </message>
    <message>
      <source>From {first} to {last}.</source>
      <translation>Del {first} al {last}.</translation>
    </message>
    <message>
      <source>The charts couldn't be drawn this time.</source>
      <translation>Esta vez no se pudieron dibujar los gráficos.</translation>
    </message>
  </context>
  <context>
    <name>JournalListModel</name>
    <message>
      <source>draft</source>
      <translation>borrador</translation>
    </message>
    <message>
      <source>Untitled</source>
      <translation>Sin título</translation>
    </message>
  </context>
  <context>
    <name>JournalPage</name>
    <message>
      <source>Journal</source>
      <translation>Diario</translation>
    </message>
    <message>
      <source>Search your journal</source>
      <translation>Buscar en tu diario</translation>
    </message>
    <message>
      <source>Only entries with this tag</source>
      <translation>Solo entradas con esta etiqueta</translation>
    </message>
    <message>
      <source>Between</source>
      <translation>Entre</translation>
    </message>
    <message>
      <source>From date</source>
      <translation>Fecha de inicio</translation>
    </message>
    <message>
      <source>To date</source>
      <translation>Fecha final</translation>
    </message>
    <message>
      <source>Searching…</source>
      <translation>Buscando…</translation>
    </message>
    <message>
      <source>Searching your journal</source>
      <translation>Buscando en tu diario</translation>
    </message>
    <message>
      <source>Journal entries</source>
      <translation>Entradas del diario</translation>
    </message>
    <message>
      <source>No entries yet</source>
      <translation>Aún no hay entradas</translation>
    </message>
    <message>
      <source>Whatever you write here is kept encrypted on this computer. Start on the right whenever you like.</source>
      <translation>Lo que escribas aquí se guarda cifrado en este ordenador. Empieza a la derecha cuando quieras.</translation>
    </message>
    <message>
      <source>Title (optional)</source>
      <translation>Título (opcional)</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Título</translation>
    </message>
    <message>
      <source>Tags, separated by commas (optional)</source>
      <translation>Etiquetas, separadas por comas (opcional)</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>Etiquetas</translation>
    </message>
    <message>
      <source>Journal entry</source>
      <translation>Entrada del diario</translation>
    </message>
    <message>
      <source>Write whatever you like. Markdown works too.</source>
      <translation>Escribe lo que quieras. También funciona Markdown.</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Vista previa</translation>
    </message>
    <message>
      <source>New entry from a template</source>
      <translation>Nueva entrada desde una plantilla</translation>
    </message>
    <message>
      <source>New entry</source>
      <translation>Nueva entrada</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Guardar</translation>
    </message>
    <message>
      <source>Save (Ctrl+S)</source>
      <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
      <source>Save as template…</source>
      <translation>Guardar como plantilla…</translation>
    </message>
    <message>
      <source>Keep this text as a template for new entries (an existing template with the same name is replaced)</source>
      <translation>Guardar este texto como plantilla para nuevas entradas (si ya hay una plantilla con el mismo nombre, se sustituye)</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Borrar</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Deshacer</translation>
    </message>
    <message>
      <source>Undo delete</source>
      <translation>Deshacer el borrado</translation>
    </message>
    <message>
      <source>Yours alone: kept encrypted, and saved as a draft while you write.</source>
      <translation>Solo tuyo: se guarda cifrado, y como borrador mientras escribes.</translation>
    </message>
    <message>
      <source>Kept as a draft at {time}.</source>
      <translation>Guardado como borrador a las {time}.</translation>
    </message>
    <message>
      <source>There's nothing to save yet.</source>
      <translation>Aún no hay nada que guardar.</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Guardado.</translation>
    </message>
    <message>
      <source>Entry deleted.</source>
      <translation>Entrada borrada.</translation>
    </message>
    <message>
      <source>The entry is back.</source>
      <translation>La entrada ha vuelto.</translation>
    </message>
    <message>
      <source>We kept what you were writing. It's here for you.</source>
      <translation>Guardamos lo que estabas escribiendo. Aquí lo tienes.</translation>
    </message>
    <message>
      <source>Nothing matches</source>
      <translation>No hay coincidencias</translation>
    </message>
    <message>
      <source>You could try other words, another tag or wider dates.</source>
      <translation>Podrías probar con otras palabras, otra etiqueta o más fechas.</translation>
    </message>
    <message>
      <source>Searching didn't work this time. Your entries are safe.</source>
      <translation>Esta vez la búsqueda no ha funcionado. Tus entradas están a salvo.</translation>
    </message>
    <message>
      <source>Any tag</source>
      <translation>Cualquier etiqueta</translation>
    </message>
    <message>
      <source>Template: {name}</source>
      <translation>Plantilla: {name}</translation>
    </message>
    <message>
      <source>Save as template</source>
      <translation>Guardar como plantilla</translation>
    </message>
    <message>
      <source>A name for this template:</source>
      <translation>Un nombre para esta plantilla:</translation>
    </message>
    <message>
      <source>Saved as the template “{name}”.</source>
      <translation>Guardado como la plantilla «{name}».</translation>
    </message>
    <message>
      <source>Blank</source>
      <translation>En blanco</translation>
    </message>
  </context>
  <context>
    <name>LockView</name>
    <message>
      <source>Locked</source>
      <translation>Bloqueado</translation>
    </message>
    <message>
      <source>Welcome back</source>
      <translation>Hola de nuevo</translation>
    </message>
    <message>
      <source>Your space is locked. Type your passphrase to open it.</source>
      <translation>Tu espacio está bloqueado. Escribe tu frase secreta para abrirlo.</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Frase secreta</translation>
    </message>
    <message>
      <source>Show passphrase</source>
      <translation>Mostrar la frase secreta</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>Desbloquear</translation>
    </message>
    <message>
      <source>Forgot your passphrase?</source>
      <translation>¿Olvidaste tu frase secreta?</translation>
    </message>
    <message>
      <source>Open your space with your recovery key instead</source>
      <translation>Abrir tu espacio con tu clave de recuperación</translation>
    </message>
    <message>
      <source>Hide recovery key</source>
      <translation>Ocultar la clave de recuperación</translation>
    </message>
    <message>
      <source>Show recovery key</source>
      <translation>Mostrar la clave de recuperación</translation>
    </message>
    <message>
      <source>Hide passphrase</source>
      <translation>Ocultar la frase secreta</translation>
    </message>
    <message>
      <source>Type or paste your recovery key. Spaces, dashes and capitals don't matter.</source>
      <translation>Escribe o pega tu clave de recuperación. Los espacios, guiones y mayúsculas dan igual.</translation>
    </message>
    <message>
      <source>Recovery key</source>
      <translation>Clave de recuperación</translation>
    </message>
    <message>
      <source>Use my passphrase instead</source>
      <translation>Usar mi frase secreta</translation>
    </message>
    <message>
      <source>Opening…</source>
      <translation>Abriendo…</translation>
    </message>
    <message>
      <source>You can try again now. Take your time.</source>
      <translation>Ya puedes volver a intentarlo. Tómate tu tiempo.</translation>
    </message>
    <message numerus="yes">
      <source>That didn't open it. To keep your space safe, you can try again in %n second(s).</source>
      <translation>
        <numerusform>Así no se ha abierto. Para proteger tu espacio, puedes volver a intentarlo en %n segundo.</numerusform>
        <numerusform>Así no se ha abierto. Para proteger tu espacio, puedes volver a intentarlo en %n segundos.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Lock</source>
      <translation>Bloquear</translation>
    </message>
    <message>
      <source>Lock now ({shortcut})</source>
      <translation>Bloquear ahora ({shortcut})</translation>
    </message>
    <message>
      <source>Lock now</source>
      <translation>Bloquear ahora</translation>
    </message>
    <message>
      <source>Check in…</source>
      <translation>Hacer un registro…</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Salir</translation>
    </message>
    <message>
      <source>Go</source>
      <translation>Ir</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Ayuda</translation>
    </message>
    <message>
      <source>How {app} works</source>
      <translation>Cómo funciona {app}</translation>
    </message>
    <message>
      <source>About {app}</source>
      <translation>Acerca de {app}</translation>
    </message>
    <message>
      <source>You opened your vault with your recovery key. You could choose a new passphrase now, so next time is easier. Your recovery key keeps working.</source>
      <translation>Abriste tu caja fuerte con tu clave de recuperación. Podrías elegir ahora una nueva frase secreta, para que la próxima vez sea más fácil. Tu clave de recuperación sigue funcionando.</translation>
    </message>
    <message>
      <source>Check-in saved.</source>
      <translation>Registro guardado.</translation>
    </message>
    <message>
      <source>Close without keeping your recovery key?</source>
      <translation>¿Cerrar sin guardar tu clave de recuperación?</translation>
    </message>
  </context>
  <context>
    <name>NeutralCover</name>
    <message>
      <source>Blank screen</source>
      <translation>Pantalla en blanco</translation>
    </message>
    <message>
      <source>Press any key or click to go on.</source>
      <translation>Pulsa cualquier tecla o haz clic para seguir.</translation>
    </message>
  </context>
  <context>
    <name>NewRecoveryKeyDialog</name>
    <message>
      <source>Make a new recovery key</source>
      <translation>Crear una nueva clave de recuperación</translation>
    </message>
    <message>
      <source>Your passphrase</source>
      <translation>Tu frase secreta</translation>
    </message>
    <message>
      <source>You'll get a new recovery key, shown once, and the old one will stop opening your vault. Useful if you lost it, or if someone else may have seen it. Copies of your vault made before (backups) still open with the old key.</source>
      <translation>Recibirás una nueva clave de recuperación, que se muestra una sola vez, y la antigua dejará de abrir tu caja fuerte. Es útil si la perdiste o si alguien más pudo verla. Las copias de tu caja fuerte hechas antes (copias de seguridad) se siguen abriendo con la clave antigua.</translation>
    </message>
    <message>
      <source>Your passphrase, please: it keeps this safe.</source>
      <translation>Tu frase secreta, por favor: protege esto.</translation>
    </message>
  </context>
  <context>
    <name>OwnLineDialog</name>
    <message>
      <source>Add your own line</source>
      <translation>Añadir tu propia línea</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <source>Number to call</source>
      <translation>Número para llamar</translation>
    </message>
    <message>
      <source>Number to text</source>
      <translation>Número para mensajes</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>Horario</translation>
    </message>
    <message>
      <source>Hours (optional)</source>
      <translation>Horario (opcional)</translation>
    </message>
    <message>
      <source>A line needs a name and a number to call or text.</source>
      <translation>Una línea necesita un nombre y un número para llamar o escribir.</translation>
    </message>
  </context>
  <context>
    <name>PassphraseForm</name>
    <message>
      <source>New passphrase</source>
      <translation>Nueva frase secreta</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Frase secreta</translation>
    </message>
    <message>
      <source>New passphrase again</source>
      <translation>Nueva frase secreta otra vez</translation>
    </message>
    <message>
      <source>Passphrase again</source>
      <translation>Frase secreta otra vez</translation>
    </message>
    <message>
      <source>The same passphrase again</source>
      <translation>La misma frase secreta otra vez</translation>
    </message>
    <message>
      <source>Passphrase hint</source>
      <translation>Pista sobre la frase secreta</translation>
    </message>
  </context>
  <context>
    <name>PrintPlanDialog</name>
    <message>
      <source>The PDF will not be encrypted: anyone who opens the file can read your plan. Keep it somewhere private, and delete it when you no longer need it.

Save it now?</source>
      <translation>El PDF no estará cifrado: cualquiera que abra el archivo podrá leer tu plan. Guárdalo en un lugar privado y bórralo cuando ya no lo necesites.

¿Guardarlo ahora?</translation>
    </message>
    <message>
      <source>Print your safety plan</source>
      <translation>Imprimir tu plan de seguridad</translation>
    </message>
    <message>
      <source>Name on the plan (optional)</source>
      <translation>Nombre en el plan (opcional)</translation>
    </message>
    <message>
      <source>Wallet-card size</source>
      <translation>Tamaño tarjeta de cartera</translation>
    </message>
    <message>
      <source>What goes in:</source>
      <translation>Qué incluir:</translation>
    </message>
    <message>
      <source>Preview and print…</source>
      <translation>Vista previa e imprimir…</translation>
    </message>
    <message>
      <source>Save as PDF…</source>
      <translation>Guardar en PDF…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Cerrar</translation>
    </message>
    <message>
      <source>Saved to {path}. Only you can open it on this computer.</source>
      <translation>Guardado en {path}. En este ordenador, solo tú puedes abrirlo.</translation>
    </message>
    <message>
      <source>Save as PDF</source>
      <translation>Guardar en PDF</translation>
    </message>
    <message>
      <source>Save your safety plan</source>
      <translation>Guardar tu plan de seguridad</translation>
    </message>
    <message>
      <source>My safety plan.pdf</source>
      <translation>Mi plan de seguridad.pdf</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
      <source>That file couldn't be saved ({reason}). You could try another place.</source>
      <translation>No se pudo guardar ese archivo ({reason}). Podrías probar en otro lugar.</translation>
    </message>
  </context>
  <context>
    <name>PrintPreview</name>
    <message>
      <source>Preview and print</source>
      <translation>Vista previa e imprimir</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>OK</source>
      <translation>Aceptar</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Guardar</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Abrir</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Sí</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>&amp;No</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Cerrar</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Descartar</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Ayuda</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Aplicar</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Restablecer</translation>
    </message>
  </context>
  <context>
    <name>QuickHide</name>
    <message>
      <source>Notes</source>
      <translation>Notas</translation>
    </message>
    <message>
      <source>Hide</source>
      <translation>Ocultar</translation>
    </message>
    <message>
      <source>Hide and lock</source>
      <translation>Ocultar y bloquear</translation>
    </message>
    <message>
      <source>Hide everything and lock ({shortcut})</source>
      <translation>Ocultarlo todo y bloquear ({shortcut})</translation>
    </message>
  </context>
  <context>
    <name>RatingSegment</name>
    <message>
      <source>{n} of {maximum}</source>
      <translation>{n} de {maximum}</translation>
    </message>
    <message>
      <source>Skipped</source>
      <translation>Saltado</translation>
    </message>
  </context>
  <context>
    <name>RecoveryKeyDialog</name>
    <message>
      <source>Your new recovery key</source>
      <translation>Tu nueva clave de recuperación</translation>
    </message>
    <message>
      <source>Recovery key</source>
      <translation>Clave de recuperación</translation>
    </message>
    <message>
      <source>Save to a file…</source>
      <translation>Guardar en un archivo…</translation>
    </message>
    <message>
      <source>The last group of your recovery key</source>
      <translation>El último grupo de tu clave de recuperación</translation>
    </message>
    <message>
      <source>The last group, from your copy</source>
      <translation>El último grupo, de tu copia</translation>
    </message>
    <message>
      <source>I've kept it safe</source>
      <translation>Ya la tengo a salvo</translation>
    </message>
    <message>
      <source>This new key opens your vault if you forget your passphrase. Write it down or save it somewhere private now: it is shown only this once.</source>
      <translation>Esta nueva clave abre tu caja fuerte si olvidas tu frase secreta. Apúntala o guárdala ahora en un lugar privado: solo se muestra esta vez.</translation>
    </message>
    <message>
      <source>When you have kept it, type its last group here:</source>
      <translation>Cuando la tengas guardada, escribe aquí su último grupo:</translation>
    </message>
    <message>
      <source>Please keep the key first: type its last group above when you have it.</source>
      <translation>Primero guarda la clave, por favor: escribe arriba su último grupo cuando la tengas.</translation>
    </message>
    <message>
      <source>That file couldn't be saved ({reason}).</source>
      <translation>No se pudo guardar ese archivo ({reason}).</translation>
    </message>
    <message>
      <source>Saved to {file}. Only you can read it.</source>
      <translation>Guardado en {file}. Solo tú puedes leerlo.</translation>
    </message>
  </context>
  <context>
    <name>ReminderSettings</name>
    <message>
      <source>Check-in reminder times</source>
      <translation>Horas de los recordatorios de registro</translation>
    </message>
    <message>
      <source>For example: 09:00, 20:30</source>
      <translation>Por ejemplo: 09:00, 20:30</translation>
    </message>
    <message>
      <source>Quiet hours</source>
      <translation>Horas de silencio</translation>
    </message>
    <message>
      <source>For example: 22:00-07:00</source>
      <translation>Por ejemplo: 22:00-07:00</translation>
    </message>
    <message>
      <source>Keep running in the tray when the window is closed</source>
      <translation>Seguir en la bandeja del sistema al cerrar la ventana</translation>
    </message>
    <message>
      <source>Close to tray</source>
      <translation>Cerrar a la bandeja</translation>
    </message>
    <message>
      <source>At these times RecoveryDesk shows a short note: “{note}” It never says more, so it is safe on a shared screen. Notes come only while the app is running, locked or not.</source>
      <translation>A estas horas RecoveryDesk muestra una nota breve: «{note}». Nunca dice nada más, así que no hay problema en una pantalla compartida. Las notas solo llegan mientras la aplicación está abierta, bloqueada o no.</translation>
    </message>
    <message>
      <source>This desktop has no system tray, so no notes can be shown here.</source>
      <translation>Este escritorio no tiene bandeja del sistema, así que aquí no se pueden mostrar notas.</translation>
    </message>
    <message>
      <source>Remind me to check in at</source>
      <translation>Recordarme hacer un registro a las</translation>
    </message>
    <message>
      <source>Not during</source>
      <translation>Excepto entre</translation>
    </message>
    <message>
      <source>{problem} Your reminders are as they were.</source>
      <translation>{problem} Tus recordatorios siguen como estaban.</translation>
    </message>
    <message>
      <source>Reminders saved.</source>
      <translation>Recordatorios guardados.</translation>
    </message>
    <message>
      <source>No reminders.</source>
      <translation>Sin recordatorios.</translation>
    </message>
  </context>
  <context>
    <name>Reminders</name>
    <message>
      <source>Open RecoveryDesk</source>
      <translation>Abrir RecoveryDesk</translation>
    </message>
    <message>
      <source>Check in…</source>
      <translation>Hacer un registro…</translation>
    </message>
    <message>
      <source>Get help now</source>
      <translation>Pedir ayuda ahora</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Salir</translation>
    </message>
  </context>
  <context>
    <name>ReportDialog</name>
    <message>
      <source>Report for your therapist</source>
      <translation>Informe para tu terapeuta</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Desde</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Hasta</translation>
    </message>
    <message>
      <source>Name on the report</source>
      <translation>Nombre en el informe</translation>
    </message>
    <message>
      <source>Your name (optional)</source>
      <translation>Tu nombre (opcional)</translation>
    </message>
    <message>
      <source>Only what you tick goes in. Nothing else does.</source>
      <translation>Solo entra lo que marques. Nada más.</translation>
    </message>
    <message>
      <source>Journal entries to include</source>
      <translation>Entradas del diario que incluir</translation>
    </message>
    <message>
      <source>Journal entries: tick each one you want to share.</source>
      <translation>Entradas del diario: marca cada una que quieras compartir.</translation>
    </message>
    <message>
      <source>Save as PDF…</source>
      <translation>Guardar en PDF…</translation>
    </message>
    <message>
      <source>Preview and print…</source>
      <translation>Vista previa e imprimir…</translation>
    </message>
    <message>
      <source>Untitled</source>
      <translation>Sin título</translation>
    </message>
    <message>
      <source>Tick at least one part to put in the report.</source>
      <translation>Marca al menos una parte para el informe.</translation>
    </message>
    <message>
      <source>Save the report</source>
      <translation>Guardar el informe</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>The report</source>
      <translation>El informe</translation>
    </message>
    <message>
      <source>Making your report…</source>
      <translation>Preparando tu informe…</translation>
    </message>
  </context>
  <context>
    <name>RestorePreviewDialog</name>
    <message>
      <source>Restore this backup?</source>
      <translation>¿Restaurar esta copia?</translation>
    </message>
    <message>
      <source>What the backup holds</source>
      <translation>Lo que contiene la copia</translation>
    </message>
    <message>
      <source>Restore this backup</source>
      <translation>Restaurar esta copia</translation>
    </message>
    <message>
      <source>The backup checked out.</source>
      <translation>La copia está en buen estado.</translation>
    </message>
    <message>
      <source>Your restored vault will open with the passphrase you just typed, and with the recovery key you had when the backup was made.</source>
      <translation>Tu caja fuerte restaurada se abrirá con la frase secreta que acabas de escribir y con la clave de recuperación que tenías cuando se hizo la copia.</translation>
    </message>
    <message>
      <source>Restoring puts this backup in place of everything in RecoveryDesk now. What you have now is kept, encrypted, in the backups folder beside your vault. Your passphrase and recovery key stay as they are.</source>
      <translation>Restaurar pone esta copia en lugar de todo lo que hay ahora en RecoveryDesk. Lo que tienes ahora se guarda, cifrado, en la carpeta de copias junto a tu caja fuerte. Tu frase secreta y tu clave de recuperación siguen igual.</translation>
    </message>
  </context>
  <context>
    <name>ReviewDialog</name>
    <message>
      <source>A look at your goal</source>
      <translation>Un repaso de tu meta</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>Repaso</translation>
    </message>
    <message>
      <source>What went well?</source>
      <translation>¿Qué fue bien?</translation>
    </message>
    <message>
      <source>Even something small counts.</source>
      <translation>Incluso algo pequeño cuenta.</translation>
    </message>
    <message>
      <source>What got in the way?</source>
      <translation>¿Qué se interpuso?</translation>
    </message>
    <message>
      <source>No judgement: just what happened.</source>
      <translation>Sin juicios: solo lo que pasó.</translation>
    </message>
    <message>
      <source>The next small step</source>
      <translation>El siguiente paso pequeño</translation>
    </message>
    <message>
      <source>Something you could do this week.</source>
      <translation>Algo que podrías hacer esta semana.</translation>
    </message>
    <message>
      <source>Add it to my steps</source>
      <translation>Añadirlo a mis pasos</translation>
    </message>
    <message>
      <source>Look at it again on</source>
      <translation>Volver a mirarla el</translation>
    </message>
    <message>
      <source>Any of these can stay empty.</source>
      <translation>Cualquiera de estos puede quedarse vacío.</translation>
    </message>
  </context>
  <context>
    <name>RideItOutPlayer</name>
    <message>
      <source>Ride it out: a timer</source>
      <translation>Dejarlo pasar: un temporizador</translation>
    </message>
    <message numerus="yes">
      <source>%n minute(s)</source>
      <translation>
        <numerusform>%n minuto</numerusform>
        <numerusform>%n minutos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Ride it out for %n minute(s)</source>
      <translation>
        <numerusform>Dejarlo pasar durante %n minuto</numerusform>
        <numerusform>Dejarlo pasar durante %n minutos</numerusform>
      </translation>
    </message>
    <message>
      <source>Sound at the end</source>
      <translation>Sonido al final</translation>
    </message>
    <message>
      <source>No sound</source>
      <translation>Sin sonido</translation>
    </message>
    <message>
      <source>A short beep at the end (your computer's own sound)</source>
      <translation>Un pitido corto al final (el sonido de tu ordenador)</translation>
    </message>
    <message>
      <source>Sound:</source>
      <translation>Sonido:</translation>
    </message>
    <message>
      <source>How long?</source>
      <translation>¿Cuánto tiempo?</translation>
    </message>
    <message>
      <source>You could breathe slowly, hold something comforting, or watch the clock. Things from your safety plan and your favourite skills show here.</source>
      <translation>Podrías respirar despacio, sostener algo que te reconforte o mirar el reloj. Aquí aparecen cosas de tu plan de seguridad y tus habilidades favoritas.</translation>
    </message>
    <message>
      <source>Things you could do meanwhile</source>
      <translation>Cosas que podrías hacer mientras tanto</translation>
    </message>
  </context>
  <context>
    <name>SafetyPlanPage</name>
    <message>
      <source>Safety plan</source>
      <translation>Plan de seguridad</translation>
    </message>
    <message>
      <source>Earlier versions…</source>
      <translation>Versiones anteriores…</translation>
    </message>
    <message>
      <source>See or bring back an earlier version of your plan</source>
      <translation>Ver o recuperar una versión anterior de tu plan</translation>
    </message>
    <message>
      <source>Print or PDF…</source>
      <translation>Imprimir o PDF…</translation>
    </message>
    <message>
      <source>Print your plan or save it as PDF</source>
      <translation>Imprimir tu plan o guardarlo en PDF</translation>
    </message>
    <message>
      <source>Add a skill from RecoveryDesk…</source>
      <translation>Añadir una habilidad de RecoveryDesk…</translation>
    </message>
    <message>
      <source>Your safety plan</source>
      <translation>Tu plan de seguridad</translation>
    </message>
    <message>
      <source>A plan in your own words for hard moments: what to look out for, what helps, and who you can reach. Changes are kept as you make them, and earlier versions too.</source>
      <translation>Un plan con tus propias palabras para los momentos difíciles: qué vigilar, qué ayuda y a quién puedes acudir. Los cambios se guardan según los haces, y también las versiones anteriores.</translation>
    </message>
    <message>
      <source>It's been a while since you last changed your plan. When you're ready, you could read it through and see whether it still fits.</source>
      <translation>Hace tiempo que no cambias tu plan. Cuando quieras, podrías leerlo entero y ver si sigue encajando contigo.</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Guardado.</translation>
    </message>
    <message>
      <source>Add a skill</source>
      <translation>Añadir una habilidad</translation>
    </message>
    <message>
      <source>Which skill helps you?</source>
      <translation>¿Qué habilidad te ayuda?</translation>
    </message>
    <message>
      <source>Contacts</source>
      <translation>Contactos</translation>
    </message>
    <message>
      <source>Add a contact…</source>
      <translation>Añadir un contacto…</translation>
    </message>
    <message>
      <source>Add a contact: {section}</source>
      <translation>Añadir un contacto: {section}</translation>
    </message>
    <message>
      <source>{name} is kept in your plan.</source>
      <translation>{name} se queda en tu plan.</translation>
    </message>
    <message>
      <source>{name} is no longer in your plan.</source>
      <translation>{name} ya no está en tu plan.</translation>
    </message>
    <message>
      <source>That version is back. What you had before is kept too.</source>
      <translation>Esa versión ha vuelto. Lo que tenías antes también se guarda.</translation>
    </message>
  </context>
  <context>
    <name>SectionEditor</name>
    <message>
      <source>{section} (F2 edits, Delete removes)</source>
      <translation>{section} (F2 edita, Supr quita)</translation>
    </message>
    <message>
      <source>Nothing here yet.</source>
      <translation>Aún no hay nada aquí.</translation>
    </message>
    <message>
      <source>New item for {section}</source>
      <translation>Nuevo elemento para {section}</translation>
    </message>
    <message>
      <source>Add: type here and press Enter</source>
      <translation>Añadir: escribe aquí y pulsa Intro</translation>
    </message>
    <message>
      <source>Add</source>
      <translation>Añadir</translation>
    </message>
    <message>
      <source>Add to {section}</source>
      <translation>Añadir a {section}</translation>
    </message>
    <message>
      <source>Edit</source>
      <translation>Editar</translation>
    </message>
    <message>
      <source>Edit the chosen item (F2)</source>
      <translation>Editar el elemento elegido (F2)</translation>
    </message>
    <message>
      <source>Up</source>
      <translation>Subir</translation>
    </message>
    <message>
      <source>Move the chosen item up</source>
      <translation>Subir el elemento elegido</translation>
    </message>
    <message>
      <source>Down</source>
      <translation>Bajar</translation>
    </message>
    <message>
      <source>Move the chosen item down</source>
      <translation>Bajar el elemento elegido</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Quitar</translation>
    </message>
    <message>
      <source>Remove the chosen item (Delete)</source>
      <translation>Quitar el elemento elegido (Supr)</translation>
    </message>
  </context>
  <context>
    <name>Sections</name>
    <message>
      <source>Today</source>
      <translation>Hoy</translation>
    </message>
    <message>
      <source>Journal</source>
      <translation>Diario</translation>
    </message>
    <message>
      <source>Skills</source>
      <translation>Habilidades</translation>
    </message>
    <message>
      <source>Safety plan</source>
      <translation>Plan de seguridad</translation>
    </message>
    <message>
      <source>Goals</source>
      <translation>Metas</translation>
    </message>
    <message>
      <source>Small, clear steps towards what matters to you.</source>
      <translation>Pasos pequeños y claros hacia lo que te importa.</translation>
    </message>
    <message>
      <source>Insights</source>
      <translation>Tendencias</translation>
    </message>
    <message>
      <source>Patterns over time, and reports you can choose to share.</source>
      <translation>Patrones a lo largo del tiempo, e informes que puedes decidir compartir.</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Ajustes</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <source>Settings</source>
      <translation>Ajustes</translation>
    </message>
    <message>
      <source>Privacy and locking</source>
      <translation>Privacidad y bloqueo</translation>
    </message>
    <message>
      <source>Crisis lines</source>
      <translation>Líneas de crisis</translation>
    </message>
    <message>
      <source>Appearance</source>
      <translation>Apariencia</translation>
    </message>
    <message>
      <source>Reminders</source>
      <translation>Recordatorios</translation>
    </message>
    <message>
      <source>Data</source>
      <translation>Datos</translation>
    </message>
    <message>
      <source>Everything you write is kept in one encrypted file on this computer. Nothing is sent anywhere.</source>
      <translation>Todo lo que escribes se guarda en un único archivo cifrado en este ordenador. No se envía nada a ninguna parte.</translation>
    </message>
    <message>
      <source>Changes apply as soon as you make them.</source>
      <translation>Los cambios se aplican en cuanto los haces.</translation>
    </message>
    <message>
      <source> minutes</source>
      <translation> minutos</translation>
    </message>
    <message>
      <source>Lock after this many minutes without use</source>
      <translation>Bloquear tras estos minutos sin uso</translation>
    </message>
    <message>
      <source>Remember on this computer</source>
      <translation>Recordar en este ordenador</translation>
    </message>
    <message>
      <source>Change passphrase…</source>
      <translation>Cambiar la frase secreta…</translation>
    </message>
    <message>
      <source>Make a new recovery key…</source>
      <translation>Crear una nueva clave de recuperación…</translation>
    </message>
    <message>
      <source>Your old recovery key stops working; you get a new one</source>
      <translation>Tu clave de recuperación antigua deja de funcionar; recibes una nueva</translation>
    </message>
    <message>
      <source>Lock after</source>
      <translation>Bloquear tras</translation>
    </message>
    <message>
      <source>Opens without your passphrase, using your system keychain. Best only if nobody else uses your account on this computer.</source>
      <translation>Se abre sin tu frase secreta, con el llavero del sistema. Mejor solo si nadie más usa tu cuenta en este ordenador.</translation>
    </message>
    <message>
      <source>Country for crisis lines</source>
      <translation>País de las líneas de crisis</translation>
    </message>
    <message>
      <source>Not chosen</source>
      <translation>Sin elegir</translation>
    </message>
    <message>
      <source> weeks</source>
      <translation> semanas</translation>
    </message>
    <message>
      <source>Suggest a look at my safety plan after</source>
      <translation>Proponerme repasar mi plan de seguridad tras</translation>
    </message>
    <message>
      <source>Never</source>
      <translation>Nunca</translation>
    </message>
    <message>
      <source>Lock-screen card</source>
      <translation>Tarjeta de la pantalla de bloqueo</translation>
    </message>
    <message>
      <source>For example: Breathe slowly. Call Sam.</source>
      <translation>Por ejemplo: Respira despacio. Llama a Sam.</translation>
    </message>
    <message>
      <source>Crisis lines for</source>
      <translation>Líneas de crisis de</translation>
    </message>
    <message>
      <source>Suggest a look at my plan after</source>
      <translation>Proponerme repasar mi plan tras</translation>
    </message>
    <message>
      <source>A few words of your own shown with the crisis lines, even while RecoveryDesk is locked. Anyone who uses this computer could read them, so keep them general.</source>
      <translation>Unas palabras tuyas que se muestran con las líneas de crisis, incluso con RecoveryDesk bloqueado. Cualquiera que use este ordenador podría leerlas, así que mejor que sean generales.</translation>
    </message>
    <message>
      <source>Reduce motion (a counting bar instead of a moving shape)</source>
      <translation>Reducir el movimiento (una barra que cuenta en lugar de una forma que se mueve)</translation>
    </message>
    <message>
      <source>Reduce motion</source>
      <translation>Reducir el movimiento</translation>
    </message>
    <message>
      <source>Colours follow your system's light or dark setting, and text follows its size.</source>
      <translation>Los colores siguen el modo claro u oscuro de tu sistema, y el texto sigue su tamaño.</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Idioma</translation>
    </message>
    <message>
      <source>As this computer is set</source>
      <translation>Como esté configurado este ordenador</translation>
    </message>
    <message>
      <source>A new language shows the next time RecoveryDesk starts.</source>
      <translation>El idioma nuevo se verá la próxima vez que abras RecoveryDesk.</translation>
    </message>
    <message>
      <source>Your card is saved. It shows with the crisis lines.</source>
      <translation>Tu tarjeta está guardada. Se muestra con las líneas de crisis.</translation>
    </message>
    <message>
      <source>The lock-screen card is off.</source>
      <translation>La tarjeta de la pantalla de bloqueo está desactivada.</translation>
    </message>
    <message>
      <source>RecoveryDesk will open without asking on this computer.</source>
      <translation>RecoveryDesk se abrirá sin preguntar en este ordenador.</translation>
    </message>
    <message>
      <source>RecoveryDesk will ask for your passphrase each time.</source>
      <translation>RecoveryDesk te pedirá tu frase secreta cada vez.</translation>
    </message>
    <message>
      <source>Changing your passphrase…</source>
      <translation>Cambiando tu frase secreta…</translation>
    </message>
    <message>
      <source>Making your new recovery key…</source>
      <translation>Creando tu nueva clave de recuperación…</translation>
    </message>
    <message>
      <source>Your new recovery key is made. The old one no longer opens your vault.</source>
      <translation>Tu nueva clave de recuperación está lista. La antigua ya no abre tu caja fuerte.</translation>
    </message>
    <message>
      <source>Your recovery key has not changed.</source>
      <translation>Tu clave de recuperación no ha cambiado.</translation>
    </message>
  </context>
  <context>
    <name>SetupRestore</name>
    <message>
      <source>Restore from a backup</source>
      <translation>Restaurar desde una copia</translation>
    </message>
  </context>
  <context>
    <name>SetupView</name>
    <message>
      <source>This file will not be encrypted: anyone who has it can open your vault. Keep it somewhere private, like a USB stick in a drawer, not on a shared computer.

Save it now?</source>
      <translation>Este archivo no estará cifrado: cualquiera que lo tenga puede abrir tu caja fuerte. Guárdalo en un lugar privado, como una memoria USB en un cajón, no en un ordenador compartido.

¿Guardarlo ahora?</translation>
    </message>
    <message>
      <source>Anyone who reads the printed key can open your vault, so keep the page somewhere private. If you print to a file (a PDF), that file is not encrypted; RecoveryDesk makes it readable by you only.

Print it now?</source>
      <translation>Cualquiera que lea la clave impresa puede abrir tu caja fuerte, así que guarda la hoja en un lugar privado. Si imprimes a un archivo (un PDF), ese archivo no está cifrado; RecoveryDesk hace que solo tú puedas leerlo.

¿Imprimirla ahora?</translation>
    </message>
    <message>
      <source>Your recovery key is shown only now. If you close RecoveryDesk before keeping it, you can make a new one later in Settings, but only while you still know your passphrase.

Close anyway?</source>
      <translation>Tu clave de recuperación solo se muestra ahora. Si cierras RecoveryDesk antes de guardarla, podrás crear otra más adelante en Ajustes, pero solo mientras recuerdes tu frase secreta.

¿Cerrar de todos modos?</translation>
    </message>
    <message>
      <source>Save your recovery key</source>
      <translation>Guarda tu clave de recuperación</translation>
    </message>
    <message>
      <source>Save recovery key</source>
      <translation>Guardar la clave de recuperación</translation>
    </message>
    <message>
      <source>RecoveryDesk recovery key.txt</source>
      <translation>Clave de recuperación de RecoveryDesk.txt</translation>
    </message>
    <message>
      <source>Text files (*.txt)</source>
      <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
      <source>Set up RecoveryDesk</source>
      <translation>Preparar RecoveryDesk</translation>
    </message>
    <message>
      <source>Set up my space</source>
      <translation>Preparar mi espacio</translation>
    </message>
    <message>
      <source>I have a backup to restore…</source>
      <translation>Tengo una copia que restaurar…</translation>
    </message>
    <message>
      <source>Welcome to RecoveryDesk</source>
      <translation>Te damos la bienvenida a RecoveryDesk</translation>
    </message>
    <message>
      <source>A private place to check in with yourself, write, practise skills and keep your safety plan.</source>
      <translation>Un lugar privado para ver cómo estás, escribir, practicar habilidades y tener a mano tu plan de seguridad.</translation>
    </message>
    <message>
      <source>Everything you write stays on this computer, locked with a passphrase you choose. Nothing is sent anywhere. There is no account.</source>
      <translation>Todo lo que escribes se queda en este ordenador, protegido con una frase secreta que eliges tú. No se envía nada a ninguna parte. No hay ninguna cuenta.</translation>
    </message>
    <message>
      <source>Setting up takes about a minute.</source>
      <translation>Prepararlo lleva más o menos un minuto.</translation>
    </message>
    <message>
      <source>Remember on this computer</source>
      <translation>Recordar en este ordenador</translation>
    </message>
    <message>
      <source>RecoveryDesk will open without asking for your passphrase, using your system keychain. Only choose this if nobody else uses your account on this computer.</source>
      <translation>RecoveryDesk se abrirá sin pedirte la frase secreta, con el llavero del sistema. Elige esto solo si nadie más usa tu cuenta en este ordenador.</translation>
    </message>
    <message>
      <source>Country for crisis lines</source>
      <translation>País de las líneas de crisis</translation>
    </message>
    <message>
      <source>Choose later</source>
      <translation>Elegir más tarde</translation>
    </message>
    <message>
      <source>Create my vault</source>
      <translation>Crear mi caja fuerte</translation>
    </message>
    <message>
      <source>Choose a passphrase</source>
      <translation>Elige una frase secreta</translation>
    </message>
    <message>
      <source>It locks everything you keep here. A few ordinary words that only you would put together are easy to remember and hard to guess.</source>
      <translation>Protege todo lo que guardas aquí. Unas cuantas palabras corrientes que solo tú juntarías son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
      <source>Which country's crisis lines should we show you?</source>
      <translation>¿De qué país quieres ver las líneas de crisis?</translation>
    </message>
    <message>
      <source>Setting up your vault…</source>
      <translation>Preparando tu caja fuerte…</translation>
    </message>
    <message>
      <source>This takes a moment: your passphrase is being made slow to guess.</source>
      <translation>Esto lleva un momento: estamos haciendo que tu frase secreta sea lenta de adivinar.</translation>
    </message>
    <message>
      <source>Recovery key</source>
      <translation>Clave de recuperación</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>Imprimir…</translation>
    </message>
    <message>
      <source>Save to a file…</source>
      <translation>Guardar en un archivo…</translation>
    </message>
    <message>
      <source>The last group of your recovery key</source>
      <translation>El último grupo de tu clave de recuperación</translation>
    </message>
    <message>
      <source>The last group, from your copy</source>
      <translation>El último grupo, de tu copia</translation>
    </message>
    <message>
      <source>I have printed or saved it</source>
      <translation>La he impreso o guardado</translation>
    </message>
    <message>
      <source>Available after Print… or Save to a file…</source>
      <translation>Disponible después de Imprimir… o Guardar en un archivo…</translation>
    </message>
    <message>
      <source>I've kept it safe — continue</source>
      <translation>Ya la tengo a salvo — continuar</translation>
    </message>
    <message>
      <source>Your recovery key</source>
      <translation>Tu clave de recuperación</translation>
    </message>
    <message>
      <source>If you ever forget your passphrase, this key opens your vault. Nobody else has a copy, not even us, so please write it down, print it or save it somewhere private now. It is shown only this once.</source>
      <translation>Si alguna vez olvidas tu frase secreta, esta clave abre tu caja fuerte. Nadie más tiene una copia, ni siquiera nosotros, así que apúntala, imprímela o guárdala ahora en un lugar privado. Solo se muestra esta vez.</translation>
    </message>
    <message>
      <source>When you have kept it, type its last group from your copy here, to check it's right. Or, if you printed or saved it, tick the box.</source>
      <translation>Cuando la tengas guardada, escribe aquí su último grupo tal como aparece en tu copia, para comprobar que está bien. O, si la imprimiste o guardaste, marca la casilla.</translation>
    </message>
    <message>
      <source>Print your recovery key</source>
      <translation>Imprimir tu clave de recuperación</translation>
    </message>
    <message>
      <source>Sent to the printer.</source>
      <translation>Enviada a la impresora.</translation>
    </message>
    <message>
      <source>That file couldn't be saved ({reason}). You could try another place, or write the key down.</source>
      <translation>No se pudo guardar ese archivo ({reason}). Podrías probar en otro lugar o apuntar la clave a mano.</translation>
    </message>
    <message>
      <source>Saved to {file}. Only you can read it.</source>
      <translation>Guardado en {file}. Solo tú puedes leerlo.</translation>
    </message>
  </context>
  <context>
    <name>ShellView</name>
    <message>
      <source>Sections</source>
      <translation>Secciones</translation>
    </message>
    <message>
      <source>This part of RecoveryDesk is still being built.</source>
      <translation>Esta parte de RecoveryDesk aún se está construyendo.</translation>
    </message>
  </context>
  <context>
    <name>SkillCard</name>
    <message>
      <source>About {minutes} min · {family} · a favourite</source>
      <translation>Unos {minutes} min · {family} · favorita</translation>
    </message>
    <message>
      <source>About {minutes} min · {family}</source>
      <translation>Unos {minutes} min · {family}</translation>
    </message>
    <message>
      <source>Based on: {source}</source>
      <translation>Basada en: {source}</translation>
    </message>
    <message>
      <source>Start {skill}</source>
      <translation>Empezar {skill}</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Empezar</translation>
    </message>
    <message>
      <source>Remove from favourites</source>
      <translation>Quitar de favoritas</translation>
    </message>
    <message>
      <source>Add to favourites</source>
      <translation>Añadir a favoritas</translation>
    </message>
    <message>
      <source>Remove {skill} from favourites</source>
      <translation>Quitar {skill} de favoritas</translation>
    </message>
    <message>
      <source>Add {skill} to favourites</source>
      <translation>Añadir {skill} a favoritas</translation>
    </message>
    <message>
      <source>Bring back</source>
      <translation>Recuperar</translation>
    </message>
    <message>
      <source>Not for me</source>
      <translation>No es para mí</translation>
    </message>
    <message>
      <source>Bring back {skill}</source>
      <translation>Recuperar {skill}</translation>
    </message>
    <message>
      <source>{skill}: not for me</source>
      <translation>{skill}: no es para mí</translation>
    </message>
  </context>
  <context>
    <name>SkillPlayer</name>
    <message>
      <source>Skill: {skill}</source>
      <translation>Habilidad: {skill}</translation>
    </message>
    <message>
      <source>none</source>
      <translation>nada</translation>
    </message>
    <message>
      <source>strongest</source>
      <translation>lo más fuerte</translation>
    </message>
    <message>
      <source>Urge to self-harm, 0 to 5</source>
      <translation>Impulso de autolesión, de 0 a 5</translation>
    </message>
    <message>
      <source>calm</source>
      <translation>en calma</translation>
    </message>
    <message>
      <source>the most</source>
      <translation>lo máximo</translation>
    </message>
    <message>
      <source>Distress, 0 to 10</source>
      <translation>Malestar, de 0 a 10</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Empezar</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Hecho</translation>
    </message>
    <message>
      <source>Take care: {caution}</source>
      <translation>Ten cuidado: {caution}</translation>
    </message>
    <message>
      <source>Caution</source>
      <translation>Precaución</translation>
    </message>
    <message>
      <source>Before you start: how strong are things right now? You can skip these.</source>
      <translation>Antes de empezar: ¿con cuánta fuerza lo notas ahora? Puedes saltarte esto.</translation>
    </message>
    <message>
      <source>How are things now? You can skip these too.</source>
      <translation>¿Y ahora, cómo va? También puedes saltarte esto.</translation>
    </message>
    <message>
      <source>Urge to self-harm (0 none – 5 strongest)</source>
      <translation>Impulso de autolesión (0 nada – 5 lo más fuerte)</translation>
    </message>
    <message>
      <source>Distress (0 calm – 10 the most)</source>
      <translation>Malestar (0 en calma – 10 lo máximo)</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Avance</translation>
    </message>
    <message>
      <source>Time left</source>
      <translation>Tiempo restante</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Atrás</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>Pausar</translation>
    </message>
    <message>
      <source>Next</source>
      <translation>Siguiente</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>Parar</translation>
    </message>
    <message>
      <source>Pause or resume</source>
      <translation>Pausar o reanudar</translation>
    </message>
    <message>
      <source>Stop here. What you've entered is kept.</source>
      <translation>Parar aquí. Lo que has escrito se guarda.</translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>Reanudar</translation>
    </message>
    <message>
      <source>Step {number} of {total}</source>
      <translation>Paso {number} de {total}</translation>
    </message>
    <message>
      <source>Finish</source>
      <translation>Terminar</translation>
    </message>
    <message>
      <source>{label}: Space ticks a skill</source>
      <translation>{label}: Espacio marca una habilidad</translation>
    </message>
    <message>
      <source>{clock} left (paused)</source>
      <translation>Quedan {clock} (en pausa)</translation>
    </message>
    <message>
      <source>{clock} left</source>
      <translation>Quedan {clock}</translation>
    </message>
  </context>
  <context>
    <name>SkillsPage</name>
    <message>
      <source>Right now: short ones first</source>
      <translation>Ahora mismo: primero las cortas</translation>
    </message>
    <message>
      <source>Skills</source>
      <translation>Habilidades</translation>
    </message>
    <message>
      <source>Search skills</source>
      <translation>Buscar habilidades</translation>
    </message>
    <message>
      <source>Search skills (Enter goes to the first one)</source>
      <translation>Buscar habilidades (Intro va a la primera)</translation>
    </message>
    <message>
      <source>All</source>
      <translation>Todas</translation>
    </message>
    <message>
      <source>Only {family}</source>
      <translation>Solo {family}</translation>
    </message>
    <message>
      <source>Show skills I set aside</source>
      <translation>Mostrar las habilidades que dejé a un lado</translation>
    </message>
    <message>
      <source>Ride it out</source>
      <translation>Dejarlo pasar</translation>
    </message>
    <message>
      <source>Ride it out: a 5 or 15 minute timer</source>
      <translation>Dejarlo pasar: un temporizador de 5 o 15 minutos</translation>
    </message>
    <message>
      <source>No skills match</source>
      <translation>Ninguna habilidad coincide</translation>
    </message>
    <message>
      <source>You could try another word, or show every family.</source>
      <translation>Podrías probar con otra palabra, o mostrar todas las familias.</translation>
    </message>
    <message>
      <source>Things to do, step by step, when a moment is hard, or to practise when it isn't. This can help some people; see what works for you.</source>
      <translation>Cosas que hacer, paso a paso, cuando un momento es difícil, o para practicar cuando no lo es. A algunas personas les ayuda; mira qué te funciona a ti.</translation>
    </message>
    <message>
      <source>Show all skills</source>
      <translation>Mostrar todas las habilidades</translation>
    </message>
    <message>
      <source>What has helped you before</source>
      <translation>Lo que te ha ayudado antes</translation>
    </message>
    <message>
      <source>Short ones first</source>
      <translation>Primero las cortas</translation>
    </message>
    <message>
      <source>A little longer</source>
      <translation>Un poco más largas</translation>
    </message>
    <message>
      <source>{skill} is set aside. “Show skills I set aside” brings it back.</source>
      <translation>{skill} queda a un lado. «Mostrar las habilidades que dejé a un lado» la recupera.</translation>
    </message>
    <message>
      <source>You took the time for {skill}. Your answers are in your journal.</source>
      <translation>Te tomaste el tiempo para {skill}. Tus respuestas están en tu diario.</translation>
    </message>
    <message>
      <source>You took the time for {skill}.</source>
      <translation>Te tomaste el tiempo para {skill}.</translation>
    </message>
    <message>
      <source>Stopped. What you entered is kept.</source>
      <translation>Parado. Lo que escribiste se guarda.</translation>
    </message>
    <message>
      <source>Stopped. Nothing was written yet, so there is no chain to keep.</source>
      <translation>Parado. Aún no había nada escrito, así que no hay cadena que guardar.</translation>
    </message>
    <message>
      <source>Your chain is kept in your journal. You could try a skill you picked:</source>
      <translation>Tu cadena está guardada en tu diario. Podrías probar una habilidad que elegiste:</translation>
    </message>
    <message>
      <source>Your chain is kept in your journal.</source>
      <translation>Tu cadena está guardada en tu diario.</translation>
    </message>
    <message>
      <source>Start {skill}</source>
      <translation>Empezar {skill}</translation>
    </message>
    <message>
      <source>You haven't tried this one yet.</source>
      <translation>Aún no has probado esta.</translation>
    </message>
    <message numerus="yes">
      <source>You've done this %n time(s).</source>
      <translation>
        <numerusform>La has hecho %n vez.</numerusform>
        <numerusform>La has hecho %n veces.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>You also started it %n time(s) and stopped partway.</source>
      <translation>
        <numerusform>También la empezaste %n vez y paraste a mitad.</numerusform>
        <numerusform>También la empezaste %n veces y paraste a mitad.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>You started it %n time(s) and stopped partway.</source>
      <translation>
        <numerusform>La empezaste %n vez y paraste a mitad.</numerusform>
        <numerusform>La empezaste %n veces y paraste a mitad.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Afterwards, urges were on average {drop} lower (from %n rated).</source>
      <translation>
        <numerusform>Después, los impulsos bajaron de media {drop} puntos (según %n valoración).</numerusform>
        <numerusform>Después, los impulsos bajaron de media {drop} puntos (según %n valoraciones).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>StatusMessage</name>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
  </context>
  <context>
    <name>TodayPage</name>
    <message>
      <source>Mood {level} of 5</source>
      <translation>Ánimo {level} de 5</translation>
    </message>
    <message>
      <source>Urge to {target}, acted on it</source>
      <translation>Impulso de {target}, lo seguí</translation>
    </message>
    <message>
      <source>Urge to {target}</source>
      <translation>Impulso de {target}</translation>
    </message>
    <message>
      <source>Urge to {target} {level} of 5, acted on it</source>
      <translation>Impulso de {target} {level} de 5, lo seguí</translation>
    </message>
    <message>
      <source>Urge to {target} {level} of 5</source>
      <translation>Impulso de {target} {level} de 5</translation>
    </message>
    <message>
      <source>Distress {level} of 10</source>
      <translation>Malestar {level} de 10</translation>
    </message>
    <message>
      <source>Skills: {skills}</source>
      <translation>Habilidades: {skills}</translation>
    </message>
    <message>
      <source>No check-ins in the last seven days. Whenever you're ready, a check-in takes a few seconds.</source>
      <translation>Ningún registro en los últimos siete días. Cuando quieras, un registro lleva unos segundos.</translation>
    </message>
    <message numerus="yes">
      <source>In the last seven days: %n check-in(s).</source>
      <translation>
        <numerusform>En los últimos siete días: %n registro.</numerusform>
        <numerusform>En los últimos siete días: %n registros.</numerusform>
      </translation>
    </message>
    <message>
      <source>Urges to self-harm averaged {now} out of 5 ({before} the week before).</source>
      <translation>Los impulsos de autolesión tuvieron una media de {now} sobre 5 ({before} la semana anterior).</translation>
    </message>
    <message>
      <source>Urges to self-harm averaged {now} out of 5.</source>
      <translation>Los impulsos de autolesión tuvieron una media de {now} sobre 5.</translation>
    </message>
    <message numerus="yes">
      <source>You used skills on %n day(s).</source>
      <translation>
        <numerusform>Usaste habilidades %n día.</numerusform>
        <numerusform>Usaste habilidades %n días.</numerusform>
      </translation>
    </message>
    <message>
      <source>no check-in</source>
      <translation>ningún registro</translation>
    </message>
    <message>
      <source>mood {level} of 5</source>
      <translation>ánimo {level} de 5</translation>
    </message>
    <message>
      <source>no mood</source>
      <translation>sin ánimo anotado</translation>
    </message>
    <message>
      <source>strongest urge {level} of 5</source>
      <translation>impulso más fuerte {level} de 5</translation>
    </message>
    <message>
      <source>no urge recorded</source>
      <translation>ningún impulso anotado</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>Hoy</translation>
    </message>
    <message>
      <source>How are you right now?</source>
      <translation>¿Cómo estás ahora mismo?</translation>
    </message>
    <message>
      <source>Check in</source>
      <translation>Hacer un registro</translation>
    </message>
    <message>
      <source>Write in my journal</source>
      <translation>Escribir en mi diario</translation>
    </message>
    <message>
      <source>Do a skill now</source>
      <translation>Practicar una habilidad ahora</translation>
    </message>
    <message>
      <source>Ride it out</source>
      <translation>Dejarlo pasar</translation>
    </message>
    <message>
      <source>Open my safety plan</source>
      <translation>Abrir mi plan de seguridad</translation>
    </message>
    <message>
      <source>Quick actions</source>
      <translation>Acciones rápidas</translation>
    </message>
    <message>
      <source>The last seven days</source>
      <translation>Los últimos siete días</translation>
    </message>
    <message>
      <source>Check in now</source>
      <translation>Hacer un registro ahora</translation>
    </message>
    <message>
      <source>No check-ins yet today</source>
      <translation>Aún no hay registros hoy</translation>
    </message>
    <message>
      <source>Whenever you're ready, a check-in takes a few seconds. However today is going, it's welcome here.</source>
      <translation>Cuando quieras, un registro lleva unos segundos. Vaya como vaya el día, aquí tiene cabida.</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Deshacer</translation>
    </message>
    <message>
      <source>Today's check-ins</source>
      <translation>Registros de hoy</translation>
    </message>
    <message>
      <source>Check-in deleted.</source>
      <translation>Registro borrado.</translation>
    </message>
    <message>
      <source>The check-in is back.</source>
      <translation>El registro ha vuelto.</translation>
    </message>
  </context>
  <context>
    <name>WeekGlance</name>
    <message>
      <source>The last seven days</source>
      <translation>Los últimos siete días</translation>
    </message>
    <message>
      <source>Mood</source>
      <translation>Ánimo</translation>
    </message>
    <message>
      <source>Strongest urge</source>
      <translation>Impulso más fuerte</translation>
    </message>
  </context>
  <context>
    <name>Widgets</name>
    <message>
      <source>Message</source>
      <translation>Mensaje</translation>
    </message>
    <message>
      <source>Skip</source>
      <translation>Saltar</translation>
    </message>
  </context>
</TS>
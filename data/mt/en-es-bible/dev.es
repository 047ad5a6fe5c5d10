Y la tierra estaba desordenada y vacía, y las tinieblas estaban sobre la haz del abismo, y el Espíritu de Dios se movía sobre la haz de las aguas.
Y dijo Dios: Júntense las aguas que están debajo de los cielos en un lugar, y descúbrase la seca: y fué así.
Y Jehová dijo á Caín: ¿Dónde está Abel tu hermano? Y él respondió: No sé; ¿soy yo guarda de mi hermano?
Empero Noé halló gracia en los ojos de Jehová.
Y sucedió que al séptimo día las aguas del diluvio fueron sobre la tierra.
Y en el mes segundo, á los veintisiete días del mes, se secó la tierra.
Y Châm, padre de Canaán, vió la desnudez de su padre, y díjolo á sus dos hermanos á la parte de afuera.
Los hijos de Japhet: Gomer, y Magog, y Madai, y Javán, y Tubal, y Meshech, y Tiras.
Y á Pathrusim, y á Casluim, de donde salieron los Filisteos, y á Caphtorim.
Y los hijos de Aram: Uz, y Hul, y Gether, y Mas.
Y á Hadoram, y á Uzal, y á Dicla,
Y descendió Jehová para ver la ciudad y la torre que edificaban los hijos de los hombres.
Entonces Faraón dió orden á sus gentes acerca de Abram; y le acompañaron, y á su mujer con todo lo que tenía.
Después de estas cosas fué la palabra de Jehová á Abram en visión, diciendo: No temas, Abram; yo soy tu escudo, y tu galardón sobremanera grande.
Y respondió Abram: Señor Jehová ¿qué me has de dar, siendo así que ando sin hijo, y el mayordomo de mi casa es ese Damasceno Eliezer?
Y corrió Abraham á las vacas, y tomó un becerro tierno y bueno, y diólo al mozo, y dióse éste priesa á aderezarlo.
Y dijo: No se enoje ahora mi Señor, si hablare: quizá se hallarán allí treinta. Y respondió: No lo haré si hallare allí treinta.
Llegaron, pues, los dos ángeles á Sodoma á la caída de la tarde: y Lot estaba sentado á la puerta de Sodoma. Y viéndolos Lot, levantóse á recibirlos, é inclinóse hacia el suelo;
Entonces llovió Jehová sobre Sodoma y sobre Gomorra azufre y fuego de parte de Jehová desde los cielos;
Por esto llamó á aquel lugar Beer-seba; porque allí juraron ambos.
Y aconteció después de estas cosas, que tentó Dios á Abraham, y le dijo: Abraham. Y él respondió: Heme aquí.
Y á Chêsed, y á Hazo, y á Pildas, y á Jidlaph, y á Bethuel.
Y habló con ellos, diciendo: Si tenéis voluntad que yo sepulte mi muerto de delante de mí, oidme, é interceded por mí con Ephrón, hijo de Zohar,
Y mi amo me hizo jurar, diciendo: No tomarás mujer para mi hijo de las hijas de los Cananeos, en cuya tierra habito;
Ahora pues, si vosotros hacéis misericordia y verdad con mi señor, declarádmelo; y si no, declarádmelo; y echaré á la diestra ó á la siniestra.
Y sacó el criado vasos de plata, y vasos de oro y vestidos, y dió á Rebeca: también dió cosas preciosas á su hermano y á su madre.
Y él les dijo: No me detengáis, pues que Jehová ha prosperado mi camino; despachadme para que me vaya á mi señor.
Y bendijeron á Rebeca, y dijéronle: Nuestra hermana eres; seas en millares de millares, y tu generación posea la puerta de sus enemigos.
Y de allí subió á Beer-seba.
Y Labán tenía dos hijas: el nombre de la mayor era Lea, y el nombre de la menor, Rachêl.
Y dijo Lea: Dios me ha dado una buena dote: ahora morará conmigo mi marido, porque le he parido seis hijos: y llamó su nombre Zabulón.
Y puso tres días de camino entre sí y Jacob: y Jacob apacentaba las otras ovejas de Labán.
¿No nos tiene ya como por extrañas, pues que nos vendió, y aun se ha comido del todo nuestro precio?
En quien hallares tus dioses, no viva: delante de nuestros hermanos reconoce lo que yo tuviere tuyo, y llévatelo. Jacob no sabía que Rachêl los había hurtado.
Y levantóse aquella noche, y tomó sus dos mujeres, y sus dos siervas, y sus once hijos, y pasó el vado de Jaboc.
Y dijo Esaú: Harto tengo yo, hermano mío: sea para ti lo que es tuyo.
Tomaron sus ovejas y vacas y sus asnos, y lo que había en la ciudad y en el campo,
Y toda su hacienda; se llevaron cautivos á todos sus niños y sus mujeres, y robaron todo lo que había en casa.
Y la tierra que yo he dado á Abraham y á Isaac, la daré á ti: y á tu simiente después de ti daré la tierra.
Y partió Israel, y tendió su tienda de la otra parte de Migdaleder.
Y murió Baalanán, hijo de Achbor, y reinó Adar en lugar suyo: y el nombre de su ciudad fué Pau; y el nombre de su mujer Meetabel, hija de Matred, hija de Mezaab.
Y aconteció en aquel tiempo, que Judá descendió de con sus hermanos, y fuése á un varón Adullamita, que se llamaba Hira.
Acuérdate, pues, de mí para contigo cuando tuvieres ese bien, y ruégote que uses conmigo de misericordia, y hagas mención de mí á Faraón, y me saques de esta casa:
E hizo volver á su oficio al principal de los coperos; y dió él la copa en mano de Faraón.
Y entraban en sus entrañas, mas no se conocía que hubiesen entrado en ellas, porque su parecer era aún malo, como de primero. Y yo desperté.
Y juntólos en la cárcel por tres días.
Y lavó su rostro, y salió fuera, y reprimióse, y dijo: Poned pan.
Y llegó Judá con sus hermanos á casa de José, que aun estaba allí, y postráronse delante de él en tierra.
Y alimentaba José á su padre y á sus hermanos, y á toda la casa de su padre, de pan, hasta la boca del niño.
Y él dijo: Júramelo. Y él le juró. Entonces Israel se inclinó sobre la cabecera de la cama.
Y ahora tus dos hijos Ephraim y Manasés, que te nacieron en la tierra de Egipto, antes que viniese á ti á la tierra de Egipto, míos son; como Rubén y Simeón, serán míos:
Mandóles luego, y díjoles: Yo voy á ser reunido con mi pueblo: sepultadme con mis padres en la cueva que está en el campo de Ephrón el Hetheo;
Hicieron, pues, sus hijos con él, según les había mandado:
Vosotros pensasteis mal sobre mí, mas Dios lo encaminó á bien, para hacer lo que vemos hoy, para mantener en vida á mucho pueblo.
Y oyó Dios el gemido de ellos, y acordóse de su pacto con Abraham, Isaac y Jacob.
Y dijo Jehová: Bien he visto la aflicción de mi pueblo que está en Egipto, y he oído su clamor á causa de sus exactores; pues tengo conocidas sus angustias:
Y respondió Dios á Moisés: YO SOY EL QUE SOY. Y dijo: Así dirás á los hijos de Israel: YO SOY me ha enviado á vosotros.
Y díjole más Jehová: Mete ahora tu mano en tu seno. Y él metió la mano en su seno; y como la sacó, he aquí que su mano estaba leprosa como la nieve.
Y dijo: Vuelve á meter tu mano en tu seno: y él volvió á meter su mano en su seno; y volviéndola á sacar del seno, he aquí que se había vuelto como la otra carne.
Y tomarás esta vara en tu mano, con la cual harás las señales.
Id vosotros, y recoged paja donde la hallareis; que nada se disminuirá de vuestra tarea.
Estas son las cabezas de las familias de sus padres. Los hijos de Rubén, el primogénito de Israel: Hanoch y Phallú, Hezrón y Carmi: estas son las familias de Rubén.
Entonces Jehová dijo á Moisés: Entra á Faraón, y dile: Jehová, el Dios de los Hebreos, dice así: Deja ir á mi pueblo, para que me sirvan;
Y Moisés respondió: Tú también nos entregarás sacrificios y holocaustos que sacrifiquemos á Jehová nuestro Dios.
Este mes os será principio de los meses; será este para vosotros el primero en los meses del año.
Y siguiéndolos los Egipcios, entraron tras ellos hasta el medio de la mar, toda la caballería de Faraón, sus carros, y su gente de á caballo.
Y volvieron las aguas, y cubrieron los carros y la caballería, y todo el ejército de Faraón que había entrado tras ellos en la mar; no quedó de ellos ni uno.
Mas ellos no obedecieron á Moisés, sino que algunos dejaron de ello para otro día, y crió gusanos, y pudrióse; y enojóse contra ellos Moisés.
Y ellos lo guardaron hasta la mañana, según que Moisés había mandado, y no se pudrió, ni hubo en él gusano.
Y dijo Moisés: Comedlo hoy, porque hoy es sábado de Jehová: hoy no hallaréis en el campo.
Y aconteció que algunos del pueblo salieron en el séptimo día á recoger, y no hallaron.
Ahora conozco que Jehová es grande más que todos los dioses; hasta en lo que se ensoberbecieron contra ellos.
Igualmente el que maldijere á su padre ó á su madre, morirá.
Tres veces en el año me celebraréis fiesta.
Y dijo á Moisés: Sube á Jehová, tú, y Aarón, Nadab, y Abiú, y setenta de los ancianos de Israel; y os inclinaréis desde lejos.
Y Moisés tomó la mitad de la sangre, y púsola en tazones, y esparció la otra mitad de la sangre sobre el altar.
Entonces Moisés tomó la sangre, y roció sobre el pueblo, y dijo: He aquí la sangre de la alianza que Jehová ha hecho con vosotros sobre todas estas cosas.
Sus manzanas y sus brazos serán de lo mismo, todo ello una pieza labrada á martillo, de oro puro.
También sus despabiladeras y sus platillos, de oro puro.
Cincuenta lazadas harás en la una cortina, y cincuenta lazadas harás en el borde de la cortina que está en la segunda juntura: las lazadas estarán contrapuestas la una á la otra.
Harás asimismo cincuenta corchetes de alambre, los cuales meterás por las lazadas: y juntarás la tienda, para que se haga una sola cubierta.
Harás también sus calderas para echar su ceniza; y sus paletas, y sus tazones, y sus garfios, y sus braseros: harás todos sus vasos de metal.
Y harás vestidos sagrados á Aarón tu hermano, para honra y hermosura.
Asimismo tomarás el un carnero, y Aarón y sus hijos pondrán sus manos sobre la cabeza del carnero.
Y matarás el carnero, y tomarás su sangre, y rociarás sobre el altar alrededor.
Y tomarás el pecho del carnero de las consagraciones, que fué inmolado para la de Aarón, y lo mecerás por ofrenda agitada delante de Jehová; y será porción tuya.
Ungirás también á Aarón y á sus hijos, y los consagrarás para que sean mis sacerdotes.
Y en artificio de piedras para engastarlas, y en artificio de madera; para obrar en toda suerte de labor.
Entonces los hijos de Israel se despojaron de sus atavíos desde el monte Horeb.
Y te harás la fiesta de las semanas á los principios de la siega del trigo: y la fiesta de la cosecha á la vuelta del año.
Y los príncipes trajeron piedras de onix, y las piedras de los engastes para el ephod y el racional;
Y cubriólo de oro puro, su mesa y sus paredes alrededor, y sus cuernos: é hízole una corona de oro alrededor.
Y metió las varas por los anillos á los lados del altar, para llevarlo con ellas: hueco lo hizo, de tablas.
Y el metal de la ofrenda fué setenta talentos, y dos mil cuatrocientos siclos;
E hicieron dos anillos de oro, que pusieron en los dos cabos del racional en su orilla, á la parte baja del ephod.
Asimismo la mitra de lino fino, y los adornos de los chapeos (tiaras) de lino fino, y los pañetes de lino, de lino torcido;
Y si tu presente fuere ofrenda cocida en cazuela, haráse de flor de harina con aceite.
Si ofreciere cordero por su ofrenda, ha de ofrecerlo delante de Jehová:
La cual intimó Jehová á Moisés, en el monte de Sinaí, el día que mandó á los hijos de Israel que ofreciesen sus ofrendas á Jehová en el desierto de Sinaí.
Toma á Aarón y á sus hijos con él, y las vestimentas, y el aceite de la unción, y el becerro de la expiación, y los dos carneros, y el canastillo de los ázimos;
Hizo luego llegar el becerro de la expiación, y Aarón y sus hijos pusieron sus manos sobre la cabeza del becerro de la expiación.
Y salió fuego de delante de Jehová, y consumió el holocausto y los sebos sobre el altar; y viéndolo todo el pueblo, alabaron, y cayeron sobre sus rostros.
Asimismo la liebre, porque rumia, mas no tiene pezuña, tendréisla por inmunda;
No ensuciéis vuestras personas con ningún reptil que anda arrastrando, ni os contaminéis con ellos, ni seáis inmundos por ellos.
Y el hombre, cuando se le pelare la cabeza, es calvo, mas limpio.
Las cuales cosas traerá al octavo día de su purificación al sacerdote, á la puerta del tabernáculo del testimonio delante de Jehová.
Entonces mandará el sacerdote, y arrancarán las piedras en que estuviere la plaga, y las echarán fuera de la ciudad, en lugar inmundo:
Asimismo el que tocare la carne del que tiene flujo, lavará sus vestidos, y á sí mismo se lavará con agua, y será inmundo hasta la tarde.
Y todo aquel á quien tocare el que tiene flujo, y no lavare con agua sus manos, lavará sus vestidos, y á sí mismo se lavará con agua, y será inmundo hasta la tarde.
Porque en este día se os reconciliará para limpiaros; y seréis limpios de todos vuestros pecados delante de Jehová.
La desnudez de tu hermana, hija de tu padre, ó hija de tu madre, nacida en casa ó nacida fuera, su desnudez no descubrirás.
La desnudez de tu nuera no descubrirás: mujer es de tu hijo; no descubrirás su desnudez.
Y no llegarás á la mujer en el apartamiento de su inmundicia, para descubrir su desnudez.
No te echarás con varón como con mujer: es abominación.
Y él traerá á Jehová, á la puerta del tabernáculo del testimonio, un carnero en expiación por su culpa.
Y no haréis rasguños en vuestra carne por un muerto, ni imprimiréis en vosotros señal alguna: Yo Jehová.
Que si escondiere el pueblo de la tierra sus ojos de aquel varón que hubiere dado de su simiente á Moloch, para no matarle,
Y cualquiera que durmiere con su nuera, ambos han de morir: hicieron confusión; su sangre será sobre ellos.
Y cualquiera que tuviere cópula con bestia, ha de ser muerto; y mataréis á la bestia.
Y Jehová dijo á Moisés: Habla á los sacerdotes hijos de Aarón, y diles que no se contaminen por un muerto en sus pueblos.
O el varón que hubiere tocado cualquier reptil, por el cual será inmundo, ú hombre por el cual venga á ser inmundo, conforme á cualquiera inmundicia suya;
Y de mano de hijo de extranjero no ofreceréis el pan de vuestro Dios de todas estas cosas; porque su corrupción está en ellas: hay en ellas falta, no se os aceptarán.
El cual mecerá el omer delante de Jehová, para que seáis aceptos: el siguiente día del sábado lo mecerá el sacerdote.
Porque toda persona que no se afligiere en este mismo día, será cortada de sus pueblos.
Pondrás también sobre cada orden incienso limpio, y será para el pan por perfume, ofrenda encendida á Jehová.
Mas las casas de las aldeas que no tienen muro alrededor, serán estimadas como una haza de tierra: tendrán redención, y saldrán en el jubileo.
No tomarás usura de él, ni aumento; mas tendrás temor de tu Dios, y tu hermano vivirá contigo.
Yo Jehová vuestro Dios, que os saqué de la tierra de Egipto, para daros la tierra de Canaán, para ser vuestro Dios.
Y cuando tu hermano empobreciere, estando contigo, y se vendiere á ti, no le harás servir como siervo:
Y tropezarán los unos en los otros, como si huyeran delante de cuchillo, aunque nadie los persiga; y no podréis resistir delante de vuestros enemigos.
Los contados de ellos, de la tribu de Benjamín, treinta y cinco mil y cuatrocientos.
Y su hueste, con sus contados, cincuenta y siete mil y cuatrocientos.
Luego irá el tabernáculo del testimonio, el campo de los Levitas en medio de los ejércitos: de la manera que asientan el campo, así caminarán, cada uno en su lugar, junto á sus banderas.
Y su hueste, con los contados de ellos, cincuenta y tres mil y cuatrocientos.
Y he aquí yo he tomado los Levitas de entre los hijos de Israel en lugar de todos los primogénitos que abren la matriz entre los hijos de Israel; serán pues míos los Levitas:
De Gersón, la familia de Libni y la de Simei: estas son las familias de Gersón.
Por la cuenta de todos los varones de un mes arriba, eran ocho mil y seiscientos, que tenían la guarda del santuario.
Y Jehová dijo á Moisés: Cuenta todos los primogénitos varones de los hijos de Israel de un mes arriba, y toma la cuenta de los nombres de ellos.
Habla á los hijos de Israel, y diles: Cuando la mujer de alguno se desmandare, é hiciere traición contra él,
El octavo día, el príncipe de los hijos de Manasés, Gamaliel hijo de Pedasur:
Cada plato de ciento y treinta siclos, cada jarro de setenta: toda la plata de los vasos, dos mil y cuatrocientos siclos, al siclo del santuario.
Porque mío es todo primogénito en los hijos de Israel, así de hombres como de animales; desde el día que yo herí todo primogénito en la tierra de Egipto, los santifiqué para mí.
Así era continuamente: la nube lo cubría, y de noche la apariencia de fuego.
Y vuestros hijos andarán pastoreando en el desierto cuarenta años, y ellos llevarán vuestras fornicaciones, hasta que vuestros cuerpos sean consumidos en el desierto.
Y descendieron el Amalecita y el Cananeo, que habitaban en aquel monte, é hiriéronlos y derrotáronlos, persiguiéndolos hasta Horma.
Y de vino para la libación ofrecerás el tercio de un hin, en olor suave á Jehová.
Todo natural hará estas cosas así, para ofrecer ofrenda encendida de olor suave á Jehová.
Una misma ley y un mismo derecho tendréis, vosotros y el peregrino que con vosotros mora.
Y si una persona pecare por yerro, ofrecerá una cabra de un año por expiación.
Mas la persona que hiciere algo con altiva mano, así el natural como el extranjero, á Jehová injurió; y la tal persona será cortada de en medio de su pueblo.
Y tomará Eleazar el sacerdote de su sangre con su dedo, y rociará hacia la delantera del tabernáculo del testimonio con la sangre de ella siete veces;
Y viendo toda la congregación que Aarón era muerto, hiciéronle duelo por treinta días todas las familias de Israel.
Mas devastamos el reino de ellos; pereció Hesbón hasta Dibón, y destruimos hasta Nopha y Medeba.
Y vió Balac, hijo de Zippor, todo lo que Israel había hecho al Amorrheo.
Y Jehová salió al encuentro de Balaam, y puso palabra en su boca, y díjole: Vuelve á Balac, y así has de decir.
Y Balac hizo como Balaam le dijo; y ofreció un becerro y un carnero en cada altar.
Y como vió Balaam que parecía bien á Jehová que él bendijese á Israel, no fué, como la primera y segunda vez, á encuentro de agüeros, sino que puso su rostro hacia el desierto;
Y vendrán navíos de la costa de Cittim, y afligirán á Assur, afligirán también á Eber: mas él también perecerá para siempre.
Hostilizaréis á los Madianitas, y los heriréis:
Y fueron los hijos de Phares: de Hesrón, la familia de los Hesronitas; de Hamul, la familia de los Hamulitas.
Los hijos de Manasés: de Machîr, la familia de los Machîritas; y Machîr engendró á Galaad; de Galaad, la familia de los Galaaditas.
Y el nombre de la hija de Aser fué Sera.
Y puso sobre él sus manos, y dióle órdenes, como Jehová había mandado por mano de Moisés.
Manda á los hijos de Israel, y diles: Mi ofrenda, mi pan con mis ofrendas encendidas en olor á mí agradable, guardaréis, ofreciéndomelo á su tiempo.
Y dió Moisés el tributo, por elevada ofrenda á Jehová, á Eleazar el sacerdote, como Jehová lo mandó á Moisés.
La tierra que Jehová hirió delante de la congregación de Israel, es tierra de ganado, y tus siervos tienen ganado.
Y respondió Moisés á los hijos de Gad y á los hijos de Rubén: ¿Vendrán vuestros hermanos á la guerra, y vosotros os quedaréis aquí?
Y partidos de Salmona, asentaron en Phunón.
Y así Maala, y Tirsa, y Hogla, y Milchâ, y Noa, hijas de Salphaad, se casaron con hijos de sus tíos:
Mirad, yo he dado la tierra en vuestra presencia; entrad y poseed la tierra que Jehová juró á vuestros padres Abraham, Isaac, y Jacob, que les daría á ellos y á su simiente después de ellos.
Jehová me habló, diciendo:
(Por tierra de gigantes fué también ella tenida: habitaron en ella gigantes en otro tiempo, á los cuales los Ammonitas llamaban Zomzommeos;
También tomamos en aquel tiempo de mano de dos reyes Amorrheos que estaban de esta parte del Jordán, la tierra desde el arroyo de Arnón hasta el monte de Hermón:
Ahora pues, ¿por qué moriremos? que este gran fuego nos consumirá: si tornáremos á oir la voz de Jehová nuestro Dios, moriremos.
Porque desviará á tu hijo de en pos de mí, y servirán á dioses ajenos; y el furor de Jehová se encenderá sobre vosotros, y te destruirá presto.
Oye, Israel: tú estás hoy para pasar el Jordán, para entrar á poseer gentes más numerosas y más fuertes que tú, ciudades grandes y encastilladas hasta el cielo,
Con setenta almas descendieron tus padres á Egipto; y ahora Jehová te ha hecho como las estrellas del cielo en multitud.
De los dioses de los pueblos que están en vuestros alrededores cercanos á ti, ó lejos de ti, desde el un cabo de la tierra hasta el otro cabo de ella;
Y te acordarás que fuiste siervo en la tierra de Egipto, y que Jehová tu Dios te rescató: por tanto yo te mando esto hoy.
Seis días comerás ázimos, y el séptimo día será solemnidad á Jehová tu Dios: no harás obra en él.
Y cuando el Levita saliere de alguna de tus ciudades de todo Israel, donde hubiere peregrinado, y viniere con todo deseo de su alma al lugar que Jehová escogiere,
Porque es abominación á Jehová cualquiera que hace estas cosas, y por estas abominaciones Jehová tu Dios las echó de delante de ti.
Y Jehová me dijo: Bien han dicho.
Por tanto yo te mando, diciendo: Tres ciudades te apartarás.
Entonces los ancianos de su ciudad enviarán y lo sacarán de allí, y entregarlo han en mano del pariente del muerto, y morirá.
No reducirás el término de tu prójimo, el cual señalaron los antiguos en tu heredad, la que poseyeres en la tierra que Jehová tu Dios te da para que la poseas.
Y los ancianos de aquella ciudad traerán la becerra á un valle áspero, que nunca haya sido arado ni sembrado, y cortarán el pescuezo á la becerra allí en el valle.
Cuando salieres á la guerra contra tus enemigos, y Jehová tu Dios los entregare en tu mano, y tomares de ellos cautivos,
Dejarás ir á la madre, y tomarás los pollos para ti; para que te vaya bien, y prolongues tus días.
Porque él la halló en el campo: dió voces la moza desposada, y no hubo quien la valiese.
Bendito serás tú en la ciudad, y bendito tú en el campo.
Maldito serás en tu entrar, y maldito en tu salir.
Y serás por pasmo, por ejemplo y por fábula, á todos los pueblos á los cuales te llevará Jehová.
Y tendrás tu vida como colgada delante de ti, y estarás temeroso de noche y de día, y no confiarás de tu vida.
Las cosas secretas pertenecen á Jehová nuestro Dios: mas las reveladas son para nosotros y para nuestros hijos por siempre, para que cumplamos todas las palabras de esta ley.
Y dió orden á Josué hijo de Nun, y dijo: Esfuérzate y anímate, que tú meterás los hijos de Israel en la tierra que les juré, y yo seré contigo.
El es la Roca, cuya obra es perfecta, porque todos sus caminos son rectitud: Dios de verdad, y ninguna iniquidad en él: es justo y recto.
Y esta es la bendición con la cual bendijo Moisés varón de Dios á los hijos de Israel, antes que muriese.
Mira que te mando que te esfuerces y seas valiente: no temas ni desmayes, porque Jehová tu Dios será contigo en donde quiera que fueres.
Entonces respondieron á Josué, diciendo: Nosotros haremos todas las cosas que nos has mandado, é iremos adonde quiera que nos mandares.
Y levantóse Josué de mañana, y partieron de Sittim, y vinieron hasta el Jordán, él y todos los hijos de Israel, y reposaron allí antes que pasasen.
Y el pueblo subió del Jordán el diez del mes primero, y asentaron el campo en Gilgal, al lado oriental de Jericó.
Y siete sacerdotes llevarán siete bocinas de cuernos de carneros delante del arca; y al séptimo día daréis siete vueltas á la ciudad, y los sacerdotes tocarán las bocinas.
¡Ay Señor! ¿qué diré, ya que Israel ha vuelto las espaldas delante de sus enemigos?
Josué y todo Israel, viendo que los de la emboscada habían tomado la ciudad, y que el humo de la ciudad subía, tornaron, é hirieron á los de Hai.
Empero todas las ciudades que estaban en sus cabezos, no las quemó Israel, sacando á sola Asor, la cual quemó Josué.
Desde Aroer, que está á la orilla del arroyo de Arnón, y la ciudad que está en medio del arroyo, y toda la campiña de Medeba, hasta Dibón;
Y Galaad, y los términos de Gessuri y de Maachâti, y todo el monte de Hermón, y toda la tierra de Basán hasta Salchâ:
Dió asimismo Moisés á la tribu de Gad, á los hijos de Gad, conforme á sus familias.
Y aconteció que cuando la llevaba, él la persuadió que pidiese á su padre tierras para labrar. Ella entonces se apeó del asno. Y Caleb le dijo: ¿Qué tienes?
Libna, y Ether, y Asán,
Arab, y Dumah, y Esán,
Y Nibsan, y la ciudad de la sal, y Engedi; seis ciudades con sus aldeas.
Beth-lebaoth, y Saruhén; trece ciudades con sus aldeas:
Y salió la quinta suerte por la tribu de los hijos de Aser por sus familias.
Y Jehová vuestro Dios las echará de delante de vosotros, y las lanzará de vuestra presencia: y vosotros poseeréis sus tierras, como Jehová vuestro Dios os ha dicho.
Y á Isaac dí á Jacob y á Esaú: y á Esaú dí el monte de Seir, que lo poseyese: mas Jacob y sus hijos descendieron á Egipto.
El pueblo entonces dijo á Josué: No, antes á Jehová serviremos.
Y el pueblo respondió á Josué: A Jehová nuestro Dios serviremos, y á su voz obedeceremos.
Y fué Judá á su hermano Simeón, é hirieron al Cananeo que habitaba en Sephath, y asoláronla: y pusieron por nombre á la ciudad, Horma.
Y el término del Amorrheo fué desde la subida de Acrabim, desde la piedra, y arriba.
Despierta, despierta, Débora; despierta, despierta, profiere un cántico. Levántate, Barac, y lleva tus cautivos, hijo de Abinoam.
De Ephraim salió su raíz contra Amalec tras ti, Benjamín, contra tus pueblos; de Machîr descendieron príncipes, y de Zabulón los que solían manejar punzón de escribiente.
¿Por qué te quedaste entre las majadas, para oir los balidos de los rebaños? De las divisiones de Rubén grandes fueron las disquisiciones del corazón.
Maldecid á Meroz, dijo el ángel de Jehová: maldecid severamente á sus moradores, porque no vinieron en socorro á Jehová, en socorro á Jehová contra los fuertes.
Y los Israelitas dijeron á Gedeón: Sé nuestro señor, tú, y tu hijo, y tu nieto; pues que nos has librado de mano de Madián.
Dijeron luego los árboles á la vid: Pues ven tú, reina sobre nosotros.
Y Gaal hijo de Ebed salió, y púsose á la entrada de la puerta de la ciudad: y Abimelech y todo el pueblo que con él estaba, se levantaron de la emboscada.
Y fué dicho á Abimelech como todos los de la torre de Sichêm estaban reunidos.
Y envió Israel embajadores á Sehón rey de los Amorrheos, rey de Hesbón, diciéndole: Ruégote que me dejes pasar por tu tierra hasta mi lugar.
Y murió Ibzan, y fué sepultado en Beth-lehem.
Entonces Manoa dijo: Cúmplase pues tu palabra. ¿Qué orden se tendrá con el niño, y qué ha de hacer?
Y los Filisteos subieron y pusieron campo en Judá, y tendiéronse por Lehi.
En aquellos días, cuando no había rey en Israel, hubo un Levita que moraba como peregrino en los lados del monte de Ephraim, el cual se había tomado mujer concubina de Beth-lehem de Judá.
Y estando ya junto á Jebus, el día había declinado mucho: y dijo el criado á su señor: Ven ahora, y vámonos á esta ciudad de los Jebuseos, para que tengamos en ella la noche.
Y juntáronse todos los hombres de Israel contra la ciudad, ligados como un solo hombre.
Y puso Israel emboscadas alrededor de Gabaa.
Entonces, levantándose todos los de Israel de su lugar, pusiéronse en orden en Baal-tamar: y también las emboscadas de Israel salieron de su lugar, del prado de Gabaa.
Oh Jehová Dios de Israel, ¿por qué ha sucedido esto en Israel, que falte hoy de Israel una tribu?
Y Noemi dijo á sus dos nueras: Andad, volveos cada una á la casa de su madre: Jehová haga con vosotras misericordia, como la habéis hecho con los muertos y conmigo.
Y Noemi dijo: He aquí tu cuñada se ha vuelto á su pueblo y á sus dioses; vuélvete tú tras ella.
Y Noemi respondió á Ruth su nuera: Mejor es, hija mía, que salgas con sus criadas, que no que te encuentren en otro campo.
Y Eli respondió, y dijo: Ve en paz, y el Dios de Israel te otorgue la petición que le has hecho.
Y fué que corrido el tiempo, después de haber concebido Anna, parió un hijo, y púsole por nombre Samuel, diciendo: Por cuanto lo demandé á Jehová.
Y corriendo de la batalla un hombre de Benjamín, vino aquel día á Silo, rotos sus vestidos y tierra sobre su cabeza:
Por esta causa los sacerdotes de Dagón, y todos los que en el templo de Dagón entran, no pisan el umbral de Dagón en Asdod, hasta hoy.
Estas pues son las hemorroides de oro que pagaron los Filisteos á Jehová en expiación: por Asdod una, por Gaza una, por Ascalón una, por Gath una, por Ecrón una;
Y dijo Jehová á Samuel: Oye la voz del pueblo en todo lo que te dijeren: porque no te han desechado á ti, sino á mí me han desechado, para que no reine sobre ellos.
Y dijo Samuel á todo Israel: He aquí, yo he oído vuestra voz en todas las cosas que me habéis dicho, y os he puesto rey.
Mas si perseverareis en hacer mal, vosotros y vuestro rey pereceréis.
Entonces dijo Saúl: Traedme holocausto y sacrificios pacíficos. Y ofreció el holocausto.
Y Saúl dijo á Achîas: Trae el arca de Dios. Porque el arca de Dios estaba entonces con los hijos de Israel.
Saúl pues juntó el pueblo, y reconociólos en Telaim, doscientos mil de á pie, y diez mil hombres de Judá.
Vino pues Samuel á Saúl, y Saúl le dijo: Bendito seas tú de Jehová; yo he cumplido la palabra de Jehová.
Entonces dijo Samuel á Saúl: Déjame declararte lo que Jehová me ha dicho esta noche. Y él le respondió: Di.
Y fueron oídas las palabras que David había dicho, las cuales como refiriesen delante de Saúl, él lo hizo venir.
Y dijo David á Saúl: No desmaye ninguno á causa de él; tu siervo irá y peleará con este Filisteo.
Y cantaban las mujeres que danzaba, y decían: Saúl hirió sus miles, y David sus diez miles.
Mas todo Israel y Judá amaba á David, porque él salía y entraba delante de ellos.
Y salían los príncipes de los Filisteos; y como ellos salían, portábase David más prudentemente que todos los siervos de Saúl: y era su nombre muy ilustre.
Y Jonathán dijo á David: ¿Qué discurre tu alma, y harélo por ti?
Aquel día estaba allí uno de los siervos de Saúl detenido delante de Jehová, el nombre del cual era Doeg, Idumeo, principal de los pastores de Saúl.
El cual consultó por él á Jehová, y dióle provisión, y también le dió la espada de Goliath el Filisteo.
Y levantándose luego Abigail con cinco mozas que la seguían, montóse en un asno, y siguió los mensajeros de David, y fué su mujer.
Y Saúl dijo á David: Bendito eres tú, hijo mío David; sin duda ejecutarás tú grandes empresas, y prevalecerás. Entonces David se fué su camino, y Saúl se volvió á su lugar.
Ruégote pues, que tú también oigas la voz de tu sierva: pondré yo delante de ti un bocado de pan que comas, para que te corrobores, y vayas tu camino.
Y aconteció después de la muerte de Saúl, que vuelto David de la derrota de los Amalecitas, estuvo dos días en Siclag:
Angustia tengo por ti, hermano mío Jonathán, que me fuiste muy dulce: más maravilloso me fué tu amor, que el amor de las mujeres.
Así haga Dios á Abner y así le añada, si como ha jurado Jehová á David no hiciere yo así con él,
Y él no pudo responder palabra á Abner, porque le temía.
Y David moró en la fortaleza, y púsole por nombre la Ciudad de David: y edificó alrededor, desde Millo para adentro.
Y entristecióse David por haber herido Jehová á Uzza: y fué llamado aquel lugar Pérez-uzza, hasta hoy.
Y temiendo David á Jehová aquel día, dijo: ¿Cómo ha de venir á mí el arca de Jehová?
Y aconteció que, estando ya el rey asentado en su casa, después que Jehová le había dado reposo de todos sus enemigos en derredor,
Y Nathán dijo al rey: Anda, y haz todo lo que está en tu corazón, que Jehová es contigo.
Y será afirmada tu casa y tu reino para siempre delante de tu rostro; y tu trono será estable eternalmente.
Y entró el rey David, y púsose delante de Jehová, y dijo: Señor Jehová, ¿quién soy yo, y qué es mi casa, para que tú me traigas hasta aquí?
Y puso guarnición en Edom, por toda Edom puso guarnición; y todos los Idumeos fueron siervos de David. Y Jehová guardó á David por donde quiera que fué.
Y como fué dado aviso á David, juntó á todo Israel, y pasando el Jordán vino á Helam: y los Siros se pusieron en orden contra David, y pelearon con él.
Y escribió en la carta, diciendo: Poned á Uría delante de la fuerza de la batalla, y desamparadle, para que sea herido y muera.
Pero los flecheros tiraron contra tus siervos desde el muro, y murieron algunos de los siervos del rey; y murió también tu siervo Uría Hetheo.
Y Naciéronle á Absalom tres hijos, y una hija que se llamó Thamar, la cual era hermosa de ver.
Y mandó Absalom por Joab, para enviarlo al rey; mas no quiso venir á él; ni aunque envió por segunda vez, quiso él venir.
Porque tu siervo hizo voto cuando estaba en Gessur en Siria, diciendo: Si Jehová me volviere á Jerusalem, yo serviré á Jehová.
Y todos sus siervos pasaban á su lado, con todos los Ceretheos y Peletheos; y todos los Getheos, seiscientos hombres que habían venido á pie desde Gath, iban delante del rey.
Y díjole David: Si pasares conmigo, serme has de carga;
Y el rey respondió: ¿Qué tengo yo con vosotros, hijos de Sarvia? El maldice así, porque Jehová le ha dicho que maldiga á David: ¿quién pues le dirá: Por qué lo haces así?
¿Y á quién había yo de servir? ¿no es á su hijo? Como he servido delante de tu padre, así seré delante de ti.
Entonces el rey les dijo: Yo haré lo que bien os pareciere. Y púsose el rey á la entrada de la puerta, mientras salía todo el pueblo de ciento en ciento y de mil en mil.
Y era Barzillai muy viejo, de ochenta años, el cual había dado provisión al rey cuando estaba en Mahanaim, porque era hombre muy rico.
Y el rey dijo: Pues pase conmigo Chimham, y yo haré con él como bien te parezca: y todo lo que tú pidieres de mí, yo lo haré.
De otra suerte acontecerá, cuando mi señor el rey durmiere con sus padres, que yo y mi hijo Salomón seremos tenidos por culpables.
Yo voy el camino de toda la tierra: esfuérzate, y sé varón.
En seguida el rey dijo: Partid por medio el niño vivo, y dad la mitad á la una, y la otra mitad á la otra.
Entonces el rey respondió, y dijo: Dad á aquélla el hijo vivo, y no lo matéis: ella es su madre.
Y estos son los nombres de ellos: el hijo de Hur en el monte de Ephraim;
Las cuatro ruedas estaban debajo de las cintas, y los ejes de las ruedas nacían en la misma basa. La altura de cada rueda era de un codo y medio.
Y dijo: ¿Qué ciudades son estas que me has dado, hermano? Y púsoles por nombre, la tierra de Cabul, hasta hoy.
Y cuando la reina de Seba vió toda la sabiduría de Salomón, y la casa que había edificado,
Y su padre les dijo: ¿Por qué camino fué? Y sus hijos le mostraron el camino por donde se había tornado el varón de Dios, que había venido de Judá.
Y tú levántate, y vete á tu casa; que en entrando tu pie en la ciudad, morirá el mozo.
Por todos los pecados de Baasa, y los pecados de Ela su hijo, con que ellos pecaron é hicieron pecar á Israel, provocando á enojo á Jehová Dios de Israel con sus vanidades.
E hizo altar á Baal, en el templo de Baal que él edificó en Samaria.
Pero él dijo: ¿En qué he pecado, para que tú entregues tu siervo en mano de Achâb para que me mate?
Y tras el terremoto un fuego: mas Jehová no estaba en el fuego. Y tras el fuego un silbo apacible y delicado.
Y todos los ancianos y todo el pueblo le respondieron: No le obedezcas, ni hagas lo que te pide.
Y él dijo: ¿Para qué has de ir á él hoy? No es nueva luna, ni sábado. Y ella respondió: Paz.
Después hizo enalbardar una borrica, y dijo al mozo: Guía y anda; y no me hagas detener para que suba, sino cuando yo te lo dijere.
Y pasando el rey de Israel por el muro, una mujer le dió voces, y dijo: Salva, rey señor mío.
Y yo pondré la casa de Achâb como la casa de Jeroboam hijo de Nabat, y como la casa de Baasa hijo de Ahía.
Luego en llegando estas letras á vosotros los que tenéis los hijos de vuestro señor, y los que tenéis carros y gente de á caballo, la ciudad pertrechada, y las armas,
Y díjole: Ven conmigo, y verás mi celo por Jehová. Pusiéronlo pues en su carro.
Pero el año veintitrés del rey Joas, no habían aún reparado los sacerdotes las aberturas del templo.
Y los albañiles y canteros; y en comprar la madera y piedra de cantería para reparar las aberturas de la casa de Jehová; y en todo lo que se gastaba en la casa para repararla.
Porque lo daban á los que hacían la obra, y con él reparaban la casa de Jehová.
E hizo lo malo en ojos de Jehová, y siguió los pecados de Jeroboam hijo de Nabat, el que hizo pecar á Israel; y no se apartó de ellos.
El año quince de Amasías hijo de Joas rey de Judá, comenzó á reinar Jeroboam hijo de Joas sobre Israel en Samaria; y reinó cuarenta y un años.
En el año treinta y nueve de Azarías rey de Judá, reinó Manahem hijo de Gadi sobre Israel diez años, en Samaria.
Asimismo sacrificó, y quemó perfumes en los altos, y sobre los collados, y debajo de todo árbol umbroso.
E hizo lo malo en ojos de Jehová, aunque no como los reyes de Israel que antes de él habían sido.
Y dejaron todos los mandamientos de Jehová su Dios, é hiciéronse vaciadizos dos becerros, y también bosques, y adoraron á todo el ejército del cielo, y sirvieron á Baal:
Y tomáronla al cabo de tres años; esto es, en el sexto año de Ezechîas, el cual era el año nono de Oseas rey de Israel, fué Samaria tomada.
¿Dónde está el dios de Hamath, y de Arphad? ¿dónde el dios de Sepharvaim, de Hena, y de Hiva? ¿pudieron éstos librar á Samaria de mi mano?
Y envió á Eliacim el mayordomo, y á Sebna escriba, y á los ancianos de los sacerdotes, vestidos de sacos á Isaías profeta hijo de Amós,
Inclina, oh Jehová, tu oído, y oye; abre, oh Jehová, tus ojos, y mira: y oye las palabras de Sennachêrib, que ha enviado á blasfemar al Dios viviente.
Y durmió Ezechîas con sus padres, y reinó en su lugar Manasés su hijo.
Mató además sobre los altares á todos los sacerdotes de los altos que allí estaban, y quemó sobre ellos huesos de hombres, y volvióse á Jerusalem.
Asimismo por la sangre inocente que derramó, pues hinchió á Jerusalem de sangre inocente: Jehová por tanto, no quiso perdonar.
Y levantándose todo el pueblo, desde el menor hasta el mayor, con los capitanes del ejército, fuéronse á Egipto por temor de los Caldeos.
Estos son los hijos de Israel: Rubén, Simeón, Leví, Judá, Issachâr, Zabulón,
Los hijos que nacieron á Hesrón: Jerameel, Ram, y Chêlubai.
De quien fué hijo Joram, cuyo hijo fué Ochôzías, hijo del cual fué Joas;
Y Asur padre de Tecoa tuvo dos mujeres, á saber, Helea, y Naara.
Y Naara le parió á Auzam, y á Hepher, á Themeni, y á Ahastari. Estos fueron los hijos de Naara.
Y los hijos de la mujer de Odías, hermana de Naham, fueron el padre de Keila de Garmi, y Esthemoa de Maachâti.
Y llegaron hasta la entrada de Gador hasta el oriente del valle, buscando pastos para sus ganados.
Habitó también desde el oriente hasta la entrada del desierto desde el río Eufrates: porque tenía muchos ganados en la tierra de Galaad.
Todos estos fueron contados por sus generaciones en días de Jothán rey de Judá, y en días de Jeroboam rey de Israel.
Thahath su hijo, Uriel su hijo, Uzzia su hijo, y Saúl su hijo.
Hijo de Mahali, hijo de Musi, hijo de Merari, hijo de Leví.
Laadán su hijo, Ammiud su hijo, Elisama su hijo,
Y algunos de los hijos de Coath, y de sus hermanos, tenían el cargo de los panes de la proposición, los cuales ponían por orden cada sábado.
Y oyendo todos los de Jabes de Galaad lo que los Filisteos habían hecho de Saúl,
Y edificó la ciudad alrededor, desde Millo hasta la cerca: y Joab reparó el resto de la ciudad.
Azmaveth Baharumita, Eliaba Saalbonita;
Eliel de Mahaví, Jeribai y Josabia hijos de Elnaam, é Ithma Moabita;
Estos pasaron el Jordán en el mes primero, cuando había salido sobre todas sus riberas; é hicieron huir á todos los de los valles al oriente y al poniente.
Estos ayudaron á David contra aquella compañía; porque todos ellos eran hombres valientes, y fueron capitanes en el ejército.
De los hijos de Uzziel, Aminadab el principal, y sus hermanos, ciento y doce.
Y los hijos de Ammón salieron, y ordenaron su tropa á la entrada de la ciudad; y los reyes que habían venido, estaban por sí en el campo.
Los hijos de Uzziel: Michâ el primero, é Isía el segundo.
La décimanona por Pethaía, la vigésima por Hezeciel;
De los Ishareos, Selemoth; é hijo de Selemoth, Jath.
La nona á Mathanías, con sus hijos y sus hermanos, doce;
La décimasexta á Hananías, con sus hijos y sus hermanos, doce;
Sobre la división del segundo mes estaba Dodai Ahohita: y Micloth era mayor general en su división, en la que también había veinte y cuatro mil.
El cuarto jefe para el cuarto mes era Asael hermano de Joab, y después de él Zebadías su hijo; y en su división había veinte y cuatro mil.
Subió pues Salomón allá delante de Jehová, al altar de bronce que estaba en el tabernáculo del testimonio, y ofreció sobre él mil holocaustos.
Y la casa que tengo que edificar, ha de ser grande: porque el Dios nuestro es grande sobre todos los dioses.
Ahora pues, enviará mi señor á sus siervos el trigo y cebada, y aceite y vino, que ha dicho;
Así hizo Salomón todos los vasos para la casa de Dios, y el altar de oro, y las mesas sobre las cuales se ponían los panes de la proposición;
Y las flores, y las lamparillas, y las despabiladeras se hicieron de oro, de oro perfecto;
Al octavo día hicieron convocación, porque habían hecho la dedicación del altar en siete días, y habían celebrado la solemnidad por siete días.
Y tú, si anduvieres delante de mí, como anduvo David tu padre, é hicieres todas las cosas que yo te he mandado, y guardares mis estatutos y mis derechos,
Después vino Salomón á Amath de Soba, y la tomó.
Había también allí doce leones sobre las seis gradas de la una parte y de la otra. Jamás fué hecho otro semejante en reino alguno.
Y como lo oyó Jeroboam hijo de Nabat, el cual estaba en Egipto, donde había huído á causa del rey Salomón, volvió de Egipto.
Mas él, dejando el consejo que le dieron los viejos, tomó consejo con los mancebos que se habían criado con él, y que delante de él asistían;
Así que, mi padre os cargó de grave yugo, y yo añadiré á vuestro yugo: mi padre os castigó con azotes, y yo con escorpiones.
Y hablóles conforme al consejo de los mancebos, diciendo: Mi padre agravó vuestro yugo, y yo añadiré á vuestro yugo: mi padre os castigó con azotes, y yo con escorpiones.
E hízole instruir, y esparció todos sus hijos por todas las tierras de Judá y de Benjamín, y por todas las ciudades fuertes, y dióles vituallas en abundancia, y pidió muchas mujeres.
Y consintió Ben-adad con el rey Asa, y envió los capitanes de sus ejércitos á la ciudades de Israel: y batieron á Ion, Dan, y Abel-maim, y las ciudades fuertes de Nephtalí.
Y diréis: El rey ha dicho así: Poned á éste en la cárcel, y sustentadle con pan de aflicción y agua de angustia, hasta que yo vuelva en paz.
Y Michêas dijo: Si tú volvieres en paz, Jehová no ha hablado por mí. Dijo además: Oidlo, pueblos todos.
Había el rey de Siria mandado á los capitanes de los carros que tenía consigo, diciendo: No peleéis con chico ni con grande, sino sólo con el rey de Israel.
Y estaba allí Jahaziel hijo de Zachârías, hijo de Benaías, hijo de Jeiel, hijo de Mathanías, Levita de los hijos de Asaph, sobre el cual vino el espíritu de Jehová en medio de la reunión;
Entonces el ejército dejó los cautivos y la presa delante de los príncipes y de toda la multitud.
Y juntóse en Jerusalem mucha gente para celebrar la solemnidad de los ázimos en el mes segundo; una vasta reunión.
Asimismo á los de su generación con todos sus niños, y sus mujeres, y sus hijos é hijas, á toda la familia; porque con fidelidad se consagraban á las cosas santas.
Daban asimismo á los oficiales y albañiles para que comprasen piedra de cantería, y madera para las trabazones, y para entabladura de las casas, las cuales habían destruído los reyes de Judá.
Los órdenes, tres de piedra de mármol, y un orden de madera nueva: y que el gasto sea dado de la casa del rey.
Hijo de Amarías, hijo de Azarías, hijo de Meraioth,
Porque Esdras había preparado su corazón para inquirir la ley de Jehová, y para hacer y enseñar á Israel mandamientos y juicios.
De los hijos de Joab, Obadías, hijo de Jehiel, y con él doscientos diez y ocho varones;
Asimismo de Israel: De los hijos de Pharos: Ramía é Izzías, y Malchías, y Miamim, y Eleazar, y Malchías, y Benaías.
Ellos pues son tus siervos y tu pueblo, los cuales redimiste con tu gran fortaleza, y con tu mano fuerte.
Y subí por el torrente de noche, y consideré el muro, y regresando entré por la puerta del Valle, y volvíme.
Los hijos de Ara, seiscientos cincuenta y dos;
Sus caballos, setecientos treinta y seis; sus mulos, doscientos cuarenta y cinco;
Los Levitas pues, hacían callar á todo el pueblo, diciendo: Callad, que es día santo, y no os entristezcáis.
Y alargaste sobre ellos muchos años, y protestásteles con tu espíritu por mano de tus profetas, mas no escucharon; por lo cual los entregaste en mano de los pueblos de la tierra.
Empero por tus muchas misericordias no los consumiste, ni los dejaste; porque eres Dios clemente y misericordioso.
Mesullam, Abías, Miamín,
Maazías, Bilgai, Semeías: estos, sacerdotes.
Y respondió el rey: Daos priesa, llamad á Amán, para hacer lo que Esther ha dicho. Vino pues el rey con Amán al banquete que Esther dispuso.
Mas todo esto nada me sirve cada vez que veo al judío Mardochêo sentado á la puerta del rey.
En el día trece del mes de Adar fué esto; y reposaron en el día catorce del mismo, é hiciéronlo día de banquete y de alegría.
Allí los impíos dejan el perturbar, y allí descansan los de cansadas fuerzas.
He aquí, tú enseñabas á muchos, y las manos flacas corroborabas;
Y vendrás en la vejez á la sepultura, como el montón de trigo que se coge á su tiempo.
Mis días han sido más ligeros que un correo; huyeron, y no vieron el bien.
Vida y misericordia me concediste, y tu visitación guardó mi espíritu.
¿Por qué me sacaste de la matriz? Habría yo espirado, y no me vieran ojos.
Si alguna iniquidad hubiere en tu mano, y la echares de ti, y no consintieres que more maldad en tus habitaciones;
¡Oh quién me diera que me escondieses en el sepulcro, que me encubrieras hasta apaciguarse tu ira, que me pusieses plazo, y de mí te acordaras!
Escúchame; yo te mostraré y te contaré lo que he visto:
Próspero estaba, y desmenuzóme: y arrebatóme por la cerviz, y despedazóme, y púsome por blanco suyo.
Quebrantóme de quebranto sobre quebranto; corrió contra mí como un gigante.
Pasáronse mis días, fueron arrancados mis pensamientos, los designios de mi corazón.
¿Dónde pues estará ahora mi esperanza? y mi esperanza ¿quién la verá?
Abajo se secarán sus raíces, y arriba serán cortadas sus ramas.
Todos mis confidentes me aborrecieron; y los que yo amaba, se tornaron contra mí.
Mi cuero y mi carne se pegaron á mis huesos; y he escapado con la piel de mis dientes.
Desenvainará y sacará saeta de su aljaba, y relumbrante pasará por su hiel: sobre él vendrán terrores.
Las viudas enviaste vacías, y los brazos de los huérfanos fueron quebrados.
De dentro de sus paredes exprimen el aceite, pisan los lagares, y mueren de sed.
Y si no, ¿quién me desmentirá ahora, ó reducirá á nada mis palabras?
¿Cuánto menos el hombre que es un gusano, y el hijo de hombre, también gusano?
Los que le quedaren, en muerte serán sepultados; y no llorarán sus viudas.
Porque ¿para qué yo habría menester la fuerza de sus manos, en los cuales había perecido con el tiempo?
Derribóme en el lodo, y soy semejante al polvo y á la ceniza.
Siembre yo, y otro coma, y mis verduras sean arrancadas.
¿Por qué tomaste pleito contra él? Porque él no da cuenta de ninguna de sus razones.
¿Quién visitó por él la tierra? ¿y quién puso en orden todo el mundo?
¿Enseñorearáse el que aborrece juicio? ¿y condenarás tú al que es tan justo?
No otorgará vida al impío, y á los afligidos dará su derecho.
¿Hará él estima de tus riquezas, ni del oro, ni de todas las fuerzas del poder?
¿Quién le ha prescrito su camino? ¿y quién le dirá: Iniquidad has hecho?
He aquí que sobre él extiende su luz, y cobija con ella las raíces de la mar.
¿Jugarás tú con él como con pájaro, ó lo atarás para tus niñas?
La gloria de su vestido son escudos fuertes, cerrados entre sí estrechamente.
Yo publicaré el decreto: Jehová me ha dicho: Mi hijo eres tú; yo te engendré hoy.
Jehová juzgará los pueblos: júzgame, oh Jehová, conforme á mi justicia y conforme á mi integridad.
Por la opresión de los pobres, por el gemido de los menesterosos, ahora me levantaré, dice Jehová: pondrélos en salvo del que contra ellos se engríe.
Las palabras de Jehová, palabras limpias; plata refinada en horno de tierra, purificada siete veces.
El que no detrae con su lengua, ni hace mal á su prójimo, ni contra su prójimo acoge oprobio alguno.
Me mostrarás la senda de la vida: hartura de alegrías hay con tu rostro; deleites en tu diestra para siempre.
De delante de tu rostro salga mi juicio; vean tus ojos la rectitud.
Haga memoria de todos tus presentes, y reduzca á ceniza tu holocausto. (Selah.)
¿Quién es este Rey de gloria? Jehová el fuerte y valiente, Jehová el poderoso en batalla.
Redime, oh Dios, á Israel de todas sus angustias.
Salmo de David. Júzgame, oh Jehová, porque yo en mi integridad he andado: confiado he asimismo en Jehová, no vacilaré.
Oh Jehová, hiciste subir mi alma del sepulcro, dísteme vida, para que no descendiese á la sepultura.
En tu mano están mis tiempos: líbrame de la mano de mis enemigos, y de mis perseguidores.
Y decía yo en mi premura: Cortado soy de delante de tus ojos: tú empero oíste la voz de mis ruegos, cuando á ti clamaba.
Salmo de David. Disputa, oh Jehová, con los que contra mí contienden; pelea con los que me combaten.
El impío toma prestado, y no paga; mas el justo tiene misericordia, y da.
Cuando cayere, no quedará postrado; porque Jehová sostiene su mano.
Empero pasóse, y he aquí no parece; y busquélo, y no fué hallado.
Y entraré al altar de Dios, al Dios alegría de mi gozo; y alabaréte con arpa, oh Dios, Dios mío.
Tú, oh Dios, eres mi rey: manda saludes á Jacob.
Porque este Dios es Dios nuestro eternalmente y para siempre: él nos capitaneará hasta la muerte.
El hombre en honra que no entiende, semejante es á las bestias que perecen.
Por tanto Dios te derribará para siempre: te asolará y te arrancará de tu morada, y te desarraigará de la tierra de los vivientes. (Selah.)
Porque extraños se han levantado contra mí, y fuertes buscan mi alma: no han puesto á Dios delante de sí. (Selah.)
Despierta, oh gloria mía; despierta, salterio y arpa: levantaréme de mañana.
Que amolaron su lengua como cuchillo, y armaron por su saeta palabra amarga;
Ciertamente Dios herirá la cabeza de sus enemigos, la cabelluda mollera del que camina en sus pecados.
Por ti he sido sustentado desde el vientre: de las entrañas de mi madre tú fuiste el que me sacaste: de ti será siempre mi alabanza.
Juzgará los afligidos del pueblo, salvará los hijos del menesteroso, y quebrantará al violento.
Mas yo, casi se deslizaron mis pies; por poco resbalaron mis pasos.
Tú hendiste la mar con tu fortaleza: quebrantaste cabezas de ballenas en las aguas.
No olvides las voces de tus enemigos: el alboroto de los que se levantan contra ti sube continuamente.
Y echó las gentes de delante de ellos, y repartióles una herencia con cuerdas; é hizo habitar en sus moradas á las tribus de Israel.
Y edificó su santuario á manera de eminencia, como la tierra que cimentó para siempre.
Y apacentólos con entereza de su corazón; y pastoreólos con la pericia de sus manos.
Derrama tu ira sobre las gentes que no te conocen, y sobre los reinos que no invocan tu nombre.
Entre ante tu acatamiento el gemido de los presos: conforme á la grandeza de tu brazo preserva á los sentenciados á muerte.
Hiciste venir una vid de Egipto: echaste las gentes, y plantástela.
Estropeóla el puerco montés, y pacióla la bestia del campo.
Bienaventurado el hombre que tiene su fortaleza en ti; en cuyo corazón están tus caminos.
Bienaventurado el pueblo que sabe aclamarte: andarán, oh Jehová, á la luz de tu rostro.
No lo avasallará enemigo, ni hijo de iniquidad lo quebrantará.
Has ensalzado la diestra de sus enemigos; has alegrado á todos sus adversarios.
Los días de nuestra edad son setenta años; que si en los más robustos son ochenta años, con todo su fortaleza es molestia y trabajo; porque es cortado presto, y volamos.
Por cuanto me has alegrado, oh Jehová, con tus obras; en las obras de tus manos me gozo.
No endurezcáis vuestro corazón como en Meriba, como el día de Masa en el desierto;
Mas tú, Jehová, permanecerás para siempre, y tu memoria para generación y generación.
Como el padre se compadece de los hijos, se compadece Jehová de los que le temen.
Que pasó el viento por ella, y pereció: y su lugar no la conoce más.
Mas la misericordia de Jehová desde el siglo y hasta el siglo sobre los que le temen, y su justicia sobre los hijos de los hijos;
Con el abismo, como con vestido, la cubriste; sobre los montes estaban las aguas.
Subieron los montes, descendieron los valles, al lugar que tú les fundaste.
Escondes tu rostro, túrbanse: les quitas el espíritu, dejan de ser, y tórnanse en su polvo.
Sea la gloria de Jehová para siempre; alégrese Jehová en sus obras;
Para que yo vea el bien de tus escogidos, para que me goce en la alegría de tu gente, y me gloríe con tu heredad.
La tierra fructífera en salados, por la maldad de los que la habitan.
Vean los rectos, y alégrense; y toda maldad cierre su boca.
Dió mantenimiento á los que le temen; para siempre se acordará de su pacto.
Resplandeció en las tinieblas luz á los rectos: es clemente, y misericordioso, y justo.
Manos tienen, mas no palparán; tienen pies, mas no andarán; no hablarán con su garganta.
Como ellos son los que los hacen; cualquiera que en ellos confía.
Casa de Aarón, confiad en Jehová: él es su ayuda y su escudo.
Entonces invoqué el nombre de Jehová, diciendo: Libra ahora, oh Jehová, mi alma.
Creí; por tanto hablé, estando afligido en gran manera.
Aparta de mí oprobio y menosprecio; porque tus testimonios he guardado.
Allegádome he á tus testimonios; oh Jehová, no me avergüences.
Alzaré asimismo mis manos á tus mandamientos, que amé; y meditaré en tus estatutos.
Compañero soy yo de todos los que te temieren y guardaren tus mandamientos.
Por heredad he tomado tus testimonios para siempre; porque son el gozo de mi corazón.
Pequeño soy yo y desechado; mas no me he olvidado de tus mandamientos.
Veía á los prevaricadores, y carcomíame; porque no guardaban tus palabras.
Sea tu mano en mi socorro; porque tus mandamientos he escogido.
Deseado he tu salud, oh Jehová; y tu ley es mi delicia.
He aquí, no se adormecerá ni dormirá el que guarda á Israel.
Levántate, oh Jehová, á tu reposo; tú y el arca de tu fortaleza.
Porque Jehová ha elegido á Sión; deseóla por habitación para sí.
El es el que hirió los primogénitos de Egipto, desde el hombre hasta la bestia.
Tienen boca, y no hablan; tienen ojos, y no ven;
El sol para que dominase en el día, porque para siempre es su misericordia;
Yo sé que hará Jehová el juicio del afligido, el juicio de los menesterosos.
Tú, el que da salud á los reyes, el que redime á David su siervo de maligna espada.
Que nuestros hijos sean como plantas crecidas en su juventud; nuestras hijas como las esquinas labradas á manera de las de un palacio;
Alabadle, sol y luna: alabadle, vosotras todas, lucientes estrellas.
Aleluya. Alabad á Dios en su santuario: alabadle en la extensión de su fortaleza.
Porque Jehová da la sabiduría, y de su boca viene el conocimiento y la inteligencia.
No des sueño á tus ojos, ni á tus párpados adormecimiento.
Alborotadora y rencillosa, sus pies no pueden estar en casa;
Por mí reinan los reyes, y los príncipes determinan justicia.
El que guiña del ojo acarrea tristeza; y el loco de labios será castigado.
Vena de vida es la boca del justo: mas violencia cubrirá la boca de los impíos.
Las riquezas del rico son su ciudad fuerte; y el desmayo de los pobres es su pobreza.
El justo eternalmente no será removido: mas los impíos no habitarán la tierra.
El justo es librado de la tribulación: mas el impío viene en lugar suyo.
Cuando faltaren las industrias, caerá el pueblo: mas en la multitud de consejeros hay salud.
El impío hace obra falsa: mas el que sembrare justicia, tendrá galardón firme.
Desea el impío la red de los malos: mas la raíz de los justos dará fruto.
El impío es enredado en la prevaricación de sus labios: mas el justo saldrá de la tribulación.
En el camino de la justicia está la vida; y la senda de su vereda no es muerte.
La ciencia del cuerdo es entender su camino: mas la indiscreción de los necios es engaño.
El temor de Jehová es manantial de vida, para apartarse de los lazos de la muerte.
En el corazón del cuerdo reposa la sabiduría; y es conocida en medio de los necios.
Abominación es á Jehová el camino del impío: mas él ama al que sigue justicia.
El que tiene en poco la disciplina, menosprecia su alma: mas el que escucha la corrección, tiene entendimiento.
Los labios justos son el contentamiento de los reyes; y aman al que habla lo recto.
Manantial de vida es el entendimiento al que lo posee: mas la erudición de los necios es necedad.
El hombre malo lisonjea á su prójimo, y le hace andar por el camino no bueno:
El impío toma dádiva del seno, para pervertir las sendas del derecho.
Escucha el consejo, y recibe la corrección, para que seas sabio en tu vejez.
Quítale su ropa al que salió por fiador del extraño; y tómale prenda al que fía la extraña.
De más estima es la buena fama que las muchas riquezas; y la buena gracia más que la plata y el oro.
El rico se enseñoreará de los pobres; y el que toma prestado, siervo es del que empresta.
Porque el defensor de ellos es el Fuerte, el cual juzgará la causa de ellos contra ti.
Aplica tu corazón á la enseñanza, y tus oídos á las palabras de sabiduría.
Porque su corazón piensa en robar, é iniquidad hablan sus labios.
Comer mucha miel no es bueno: ni el buscar la propia gloria es gloria.
La falsa lengua atormenta al que aborrece: y la boca lisonjera hace resbaladero.
Quítale su ropa al que fió al extraño; y al que fió á la extraña, tómale prenda.
El hombre que reprendido endurece la cerviz, de repente será quebrantado; ni habrá para él medicina.
La araña, ase con las manos, y está en palacios de rey.
Ella se hizo tapices; de lino fino y púrpura es su vestido.
Muchas mujeres hicieron el bien; mas tú las sobrepujaste á todas.
Dije yo en mi corazón: Ven ahora, te probaré con alegría, y gozarás de bienes. Mas he aquí esto también era vanidad.
Y alabé yo los finados que ya murieron, más que los vivientes que hasta ahora están vivos.
Porque la risa del necio es como el estrépito de las espinas debajo de la olla. Y también esto es vanidad.
Ahora, hijo mío, á más de esto, sé avisado. No hay fin de hacer muchos libros; y el mucho estudio aflicción es de la carne.
Por el olor de tus suaves ungüentos, (ungüento derramado es tu nombre,) por eso las doncellas te amaron.
Llévame en pos de ti, correremos. Metióme el rey en sus cámaras: nos gozaremos y alegraremos en ti; acordarémonos de tus amores más que del vino: los rectos te aman.
Morena soy, oh hijas de Jerusalem, mas codiciable; como las cabañas de Cedar, como las tiendas de Salomón.
A yegua de los carros de Faraón te he comparado, amiga mía.
Huerto cerrado eres, mi hermana, esposa mía; fuente cerrada, fuente sellada.
Tu cabeza encima de ti, como el Carmelo; y el cabello de tu cabeza, como la púrpura del rey ligada en los corredores.
Las muchas aguas no podrán apagar el amor, ni lo ahogarán los ríos. Si diese el hombre toda la hacienda de su casa por este amor, de cierto lo menospreciaran.
Y queda la hija de Sión como choza en viña, y como cabaña en melonar, como ciudad asolada.
Vuestras lunas nuevas y vuestras solemnidades tiene aborrecidas mi alma: me son gravosas; cansado estoy de llevarlas.
Y el hombre será humillado, y el varón será abatido, y bajados serán los ojos de los altivos.
Empero Jehová ensalzará los enemigos de Rezín contra él, y juntará sus enemigos;
Por la ira de Jehová de los ejércitos se oscureció la tierra, y será el pueblo como pábulo del fuego: el hombre no tendrá piedad de su hermano.
Y la luz de Israel será por fuego, y su Santo por llama que abrase y consuma en un día sus cardos y sus espinas.
Y acaecerá en aquel tiempo, que su carga será quitada de tu hombro, y su yugo de tu cerviz, y el yugo se empodrecerá por causa de la unción.
Y será la justicia cinto de sus lomos, y la fidelidad ceñidor de sus riñones.
Quebrantó Jehová el bastón de los impíos, el cetro de los señores;
Descansó, sosegó toda la tierra: cantaron alabanza.
Todos los reyes de las gentes, todos ellos yacen con honra cada uno en su casa.
Hesbón y Eleale gritarán, hasta Jahas se oirá su voz: por lo que aullarán los armados de Moab, lamentaráse el alma de cada uno de por sí.
Y las aguas de Dimón se henchirán de sangre: porque yo pondré sobre Dimón añadiduras, leones á los que escaparen de Moab, y á las reliquias de la tierra.
Reune consejo, haz juicio; pon tu sombra en medio del día como la noche: esconde los desterrados, no entregues á los que andan errantes.
Porque te olvidaste del Dios de tu salud, y no te acordaste de la roca de tu fortaleza; por tanto plantarás plantas hermosas, y sembrarás sarmiento extraño.
¿Qué tienes tú aquí, ó á quién tienes tú aquí, que labraste aquí sepulcro para ti, como el que en lugar alto labra su sepultura, ó el que esculpe para sí morada en una peña?
Pasaos á Tarsis; aullad, moradores de la isla.
Por esta causa la maldición consumió la tierra, y sus moradores fueron asolados; por esta causa fueron consumidos los habitantes de la tierra, y se disminuyeron los hombres.
Que tornaste la ciudad en montón, la ciudad fuerte en ruina: el alcázar de los extraños que no sea ciudad, ni nunca jamás sea reedeficada.
Jehová Dios nuestro, señores se han enseñoreado de nosotros fuera de ti; mas en ti solamente nos acordaremos de tu nombre.
En aquel día cantad de la viña del vino rojo.
Porque todas las mesas están llenas de vómito y suciedad, hasta no haber lugar limpio.
¿No será tornado de aquí á muy poco tiempo el Líbano en Carmelo, y el Carmelo será estimado por bosque?
Y en todo paso habrá madero fundado, que Jehová hará hincar sobre él con tamboriles y vihuelas, cuando con batallas de altura peleará contra ellos.
Como las aves que vuelan, así amparará Jehová de los ejércitos á Jerusalem, amparando, librando, pasando, y salvando.
Y salió á él Eliacim hijo de Hilcías mayordomo, y Sebna, escriba, y Joah hijo de Asaph, canciller.
He aquí que tú oiste lo que hicieron los reyes de Asiria á todas las tierras, que las destruyeron; ¿y escaparás tú?
Y dijo: Oh Jehová, ruégote te acuerdes ahora que he andado delante de ti en verdad y con íntegro corazón, y que he hecho lo que ha sido agradable delante de tus ojos. Y lloró Ezechîas con gran lloro.
Había asimismo dicho Ezechîas: ¿Qué señal tendré de que he de subir á la casa de Jehová?
¿Quién enseñó al espíritu de Jehová, ó le aconsejo enseñándole?
Porque te tomé de los extremos de la tierra, y de sus principales te llamé, y te dije: Mi siervo eres tú; te escogí, y no te deseché.
Los aventarás, y los llevará el viento, y esparcirálos el torbellino. Tú empero te regocijarás en Jehová, te gloriarás en el Santo de Israel.
Miré, y no había ninguno; y pregunté de estas cosas, y ningún consejero hubo: preguntéles, y no respondieron palabra.
No clamará, ni alzará, ni hará oir su voz en las plazas.
No quebrará la caña cascada, ni apagará el pábilo que humeare: sacará el juicio á verdad.
Parte del leño quemará en el fuego; con parte de él comerá carne, aderezará asado, y se saciará; después se calentará, y dirá: ¡Oh! heme calentado, he visto el fuego;
Que dice de Ciro: Es mi pastor, y cumplirá todo lo que yo quiero, en diciendo á Jerusalem, Serás edificada; y al templo: Serás fundado.
¡Ay del que dice al padre: ¿Por qué engendraste? y á la mujer: ¿Por qué pariste?
Mirad á mí, y sed salvos, todos los términos de la tierra: porque yo soy Dios, y no hay más.
Fueron humillados, fueron abatidos juntamente; no pudieron escaparse de la carga, sino que tuvieron ellos mismos que ir en cautiverio.
Enojéme contra mi pueblo, profané mi heredad, y entreguélos en tu mano: no les hiciste misericordias; sobre el viejo agravaste mucho tu yugo.
Porque te confiaste en tu maldad, diciendo: Nadie me ve. Tu sabiduría y tu misma ciencia te engañaron, y dijiste en tu corazón: Yo, y no más.
Por mí, por amor de mí lo haré, para que no sea amancillado mi nombre, y mi honra no la daré á otro.
¿No eres tú el que secó la mar, las aguas del grande abismo; el que al profundo de la mar tornó en camino, para que pasasen los redimidos?
Yo, yo soy vuestro consolador. ¿Quién eres tú para que tengas temor del hombre, que es mortal, del hijo del hombre, que por heno será contado?
Y ahora ¿qué á mí aquí, dice Jehová, ya que mi pueblo sea llevado sin por qué? Y los que en él se enseñorean, lo hacen aullar, dice Jehová, y continuamente es blasfemado mi nombre todo el día.
Entonces verán las gentes tu justicia, y todos los reyes tu gloria; y te será puesto un nombre nuevo, que la boca de Jehová nombrará.
¿Cómo dices: No soy inmunda, nunca anduve tras los Baales? Mira tu proceder en el valle, conoce lo que has hecho, dromedaria ligera que frecuentas sus carreras;
Porque así dijo Jehová: Toda la tierra será asolada; mas no haré consumación.
Yo empero dije: Por cierto ellos son pobres, enloquecido han, pues no conocen el camino de Jehová, el juicio de su Dios.
No salgas al campo, ni andes por camino; porque espada de enemigo y temor hay por todas partes.
Mas si mejorareis cumplidamente vuestros caminos y vuestras obras; si con exactitud hiciereis derecho entre el hombre y su prójimo,
Ahora pues, por cuanto habéis vosotros hecho todas estas obras, dice Jehová, y bien que os hablé, madrugando para hablar, no oísteis, y os llamé, y no respondisteis;
Y serán los cuerpos muertos de este pueblo para comida de las aves del cielo y de las bestias de la tierra; y no habrá quien las espante.
Así dijo Jehová: No se alabe el sabio en su sabiduría, ni en su valentía se alabe el valiente, ni el rico se alabe en sus riquezas.
Sembraron trigo, y segarán espinas; tuvieron la heredad, mas no aprovecharon nada: se avergonzarán de vuestros frutos, á causa de la ardiente ira de Jehová.
Y será que, después que los hubiere arrancado, tornaré y tendré misericordia de ellos, y harélos volver cada uno á su heredad, y cada cual á su tierra.
Y los asnos monteses se ponían en los altos, aspiraban el viento como los chacales; sus ojos se ofuscaron, porque no había hierba.
Mas si no oyereis estas palabras, por mí he jurado, dice Jehová, que esta casa será desierta.
¡Ay del que edifica su casa y no en justicia, y sus salas y no en juicio, sirviéndose de su prójimo de balde, y no dándole el salario de su trabajo!
Por tanto, así ha dicho Jehová de los ejércitos: Por cuanto no habéis oído mis palabras,
Les dirás, pues: Así ha dicho Jehová de los ejércitos, Dios de Israel: Bebed, y embriagaos, y vomitad, y caed, y no os levantéis delante del cuchillo que yo envío entre vosotros.
Entonces respondió Jeremías profeta á Hananías profeta, delante de los sacerdotes y delante de todo el pueblo que estaba en la casa de Jehová.
Por tanto, así ha dicho Jehová: He aquí que yo te envío de sobre la haz de la tierra: morirás en este año, porque hablaste rebelión contra Jehová.
Y será en aquel día, dice Jehová de los ejércitos, que yo quebraré su yugo de tu cuello, y romperé tus coyundas, y extraños no lo volverán más á poner en servidumbre,
Así dice Jehová de los ejércitos: En este lugar desierto, sin hombre y sin animal, y en todas sus ciudades, aun habrá cabañas de pastores que hagan tener majada á ganados.
Por tanto, así ha dicho Jehová, en orden á Joacim rey de Judá: No tendrá quien se siente sobre el trono de David; y su cuerpo será echado al calor del día y al hielo de la noche.
De este modo sacaron á Jeremías con sogas, y subiéronlo de la mazmorra; y quedó Jeremías en el patio de la cárcel.
Y de Mizpa salióles al encuentro, llorando, Ismael hijo de Nethanías: y aconteció que como los encontró, díjoles: Venid á Gedalías, hijo de Ahicam.
Y aconteció que como todo el pueblo que estaba con Ismael vió á Johanán hijo de Carea, y á todos los príncipes de la gente de guerra que estaban con él, se alegraron.
Para que Jehová tu Dios nos enseñe camino por donde vayamos, y lo que hemos de hacer.
Mas no oyeron ni inclinaron su oído para convertirse de su maldad, para no ofrecer sahumerios á dioses ajenos.
Becerra hermosa Egipto; mas viene destrucción, del aquilón viene.
Porque en toda cabeza habrá calva, y toda barba será raída; sobre todas manos rasguños, y sacos sobre todos los lomos.
Voz de los que huyen y escapan de la tierra de Babilonia, para dar las nuevas en Sión de la venganza de Jehová nuestro Dios, de la venganza de su templo.
Curamos á Babilonia, y no ha sanado: dejadla, y vámonos cada uno á su tierra; porque llegado ha hasta el cielo su juicio, y alzádose hasta las nubes.
También quebrantaré por medio de ti al pastor y á su manada: quebrantaré por tu medio á labradores y sus yuntas; y duques y príncipes quebrantaré por medio de ti.
Quebróme los dientes con cascajo, cubrióme de ceniza.
Antes si afligiere, también se compadecerá según la multitud de sus misericordias.
Nosotros nos hemos rebelado, y fuimos desleales; tú no perdonaste.
Desplegaste la ira, y nos perseguiste; mataste, no perdonaste.
Te cubriste de nube, porque no pasase la oración nuestra.
Invoqué tu nombre, oh Jehová, desde la cárcel profunda.
Los que comían delicadamente, asolados fueron en las calles; los que se criaron en carmesí, abrazaron los estercoleros.
Con peligro de nuestras vidas traíamos nuestro pan delante del cuchillo del desierto.
Como diamante, más fuerte que pedernal he hecho tu frente; no los temas, ni tengas miedo delante de ellos, porque es casa rebelde.
Enviaré pues sobre vosotros hambre, y malas bestias que te destruyan; y pestilencia y sangre pasarán por ti; y meteré sobre ti cuchillo. Yo Jehová he hablado.
Ahora presto derramaré mi ira sobre ti, y cumpliré en ti mi furor, y te juzgaré según tus caminos; y pondré sobre ti tus abominaciones.
Mas á aquellos cuyo corazón anda tras el deseo de sus torpezas y de sus abominaciones, yo tornaré su camino sobre sus cabezas, dice el Señor Jehová.
Romperé asimismo vuestros veletes, y libraré mi pueblo de vuestra mano, y no estarán más en vuestra mano para caza; y sabréis que yo soy Jehová.
Y llevarán su maldad: como la maldad del que pregunta, así será la maldad del profeta;
Y si hiciere pasar malas bestias por la tierra, y la asolaren, y fuere desolada que no haya quien pase á causa de las bestias,
Y cuanto á tu nacimiento, el día que naciste no fué cortado tu ombligo, ni fuiste lavada con aguas para atemperarte, ni salada con sal, ni fuiste envuelta con fajas.
Y salióte nombradía entre las gentes á causa de tu hermosura; porque era perfecta, á causa de mi hermosura que yo puse sobre ti, dice el Señor Jehová.
Antes yo tendré memoria de mi pacto que concerté contigo en los días de tu mocedad, y te confirmaré un pacto sempiterno.
Que no comiere sobre los montes, ni alzare sus ojos á los ídolos de la casa de Israel, ni violare la mujer de su prójimo, ni llegare á la mujer menstruosa,
Ni oprimiere á ninguno; al deudor tornare su prenda, no cometiere robo, diere de su pan al hambriento, y cubriere al desnudo con vestido,
No diere á logro, ni recibiere aumento; de la maldad retrajere su mano, é hiciere juicio de verdad entre hombre y hombre,
Y dióla á acicalar para tenerla á mano: la espada está afilada, y acicalada está ella, para entregarla en mano del matador.
Para que el corazón desmaye, y los estragos se multipliquen: en todas las puertas de ellos he puesto espanto de espada. ¡Ah! dispuesta está para que relumbre, y aderezada para degollar.
Mis santuarios menospreciaste, y mis sábados has profanado.
Por tanto derramé sobre ellos mi ira; con el fuego de mi ira los consumí: torné el camino de ellos sobre su cabeza, dice el Señor Jehová.
Enamoróse de ellos en viéndolos, y envióles mensajeros á la tierra de los Caldeos.
Asentando después la olla vacía sobre sus brasas, para que se caldee, y se queme su fondo, y se funda en ella su suciedad, y se consuma su espuma.
Y pondrá contra ella arietes, contra tus muros, y tus torres destruirá con sus martillos.
Por tanto, así ha dicho el Señor Jehová: Por cuanto pusiste tu corazón como corazón de Dios,
Y esparciré los Egipcios entre las gentes, y aventarélos por las tierras.
Hijo del hombre, di á Faraón rey de Egipto, y á su pueblo: ¿A quién te comparaste en tu grandeza?
Allí Idumea, sus reyes y todos sus príncipes, los cuales con su fortaleza fueron puestos con los muertos á cuchillo: ellos yacerán con los incircuncisos, y con los que descienden al sepulcro.
Así ha dicho el Señor Jehová: Alegrándose toda la tierra, yo te haré soledad.
E hízome pasar cerca de ellos por todo alrededor: y he aquí que eran muy muchos sobre la haz del campo, y por cierto secos en gran manera.
Y vendrás de tu lugar, de las partes del norte, tú y muchos pueblos contigo, todos ellos á caballo, grande reunión y poderoso ejército:
Tú pues, hijo del hombre, profetiza contra Gog, y di: Así ha dicho el Señor Jehová: He aquí yo contra ti, oh Gog, príncipe de la cabecera de Mesech y Tubal:
He aquí, vino y fué, dice el Señor Jehová: este es el día del cual he hablado.
Y el espacio de delante de las cámaras, de un codo de la una parte, y de otro codo de la otra; y cada cámara tenía seis codos de una parte, y seis codos de otra.
Llevóme luego á la puerta del norte, y midió conforme á estas medidas:
Y miré la altura de la casa alrededor: los cimientos de las cámaras eran una caña entera de seis codos de grandor.
Midió al lado del mediodía, quinientas cañas de la caña de medir.
Peso de justicia, y epha de justicia, y bato de justicia, tendréis.
Y el holocausto que el príncipe ofrecerá á Jehová el día del sábado, será seis corderos sin defecto, y un carnero sin tacha:
Mas si de su heredad diere don á alguno de sus siervos, será de él hasta el año de libertad, y volverá al príncipe; mas su herencia será de sus hijos.
Y saliendo el varón hacia el oriente, tenía un cordel en su mano; y midió mil codos, é hízome pasar por las aguas hasta los tobillos.
Y estas son las salidas de la ciudad á la parte del norte, cuatro mil y quinientas cañas por medida.
(Y puso Dios á Daniel en gracia y en buena voluntad con el príncipe de los eunucos.)
Y el rey habló con ellos, y no fué hallado entre todos ellos otro como Daniel, Ananías, Misael, y Azarías: y así estuvieron delante del rey.
Sadrach, Mesach, y Abed-nego respondieron y dijeron al rey Nabucodonosor: No cuidamos de responderte sobre este negocio.
Y si no, sepas, oh rey, que tu dios no adoraremos, ni tampoco honraremos la estatua que has levantado.
Y fué traída una piedra, y puesta sobre la puerta del foso, la cual selló el rey con su anillo, y con el anillo de sus príncipes, porque el acuerdo acerca de Daniel no se mudase.
Que salva y libra, y hace señales y maravillas en el cielo y en la tierra; el cual libró á Daniel del poder de los leones.
Y del Dios de sus padres no se cuidará, ni del amor de las mujeres: ni se cuidará de dios alguno, porque sobre todo se engrandecerá.
Galaad, ciudad de obradores de iniquidad, ensuciada de sangre.
El día de nuestro rey los príncipes lo hicieron enfermar con vasos de vino: extendió su mano con los escarnecedores.
Porque dirán ahora: No tenemos rey, porque no temimos á Jehová: ¿y qué haría el rey por nosotros?
Su parecer, como parecer de caballos; y como gente de á caballo correrán.
Tierra, no temas; alégrate y gózate: porque Jehová ha de hacer grandes cosas.
Y yo os hice á vosotros subir de la tierra de Egipto, y os traje por el desierto cuarenta años, para que poseyeseis la tierra del Amorrheo.
Id á Beth-el, y prevaricad; en Gilgal aumentad la rebelión, y traed de mañana vuestros sacrificios, y vuestros diezmos cada tres años;
Buscad lo bueno, y no lo malo, para que viváis; porque así Jehová Dios de los ejércitos será con vosotros, como decís.
Aborrecí, abominé vuestras solemnidades, y no me darán buen olor vuestras asambleas.
Así me ha mostrado Jehová: y he aquí un canastillo de fruta de verano.
Y estará, y apacentará con fortaleza de Jehová, con grandeza del nombre de Jehová su Dios: y asentarán; porque ahora será engrandecido hasta los fines de la tierra.
Tú comerás, y no te hartarás; y tu abatimiento será en medio de ti: tú cogerás, mas no salvarás; y lo que salvares, lo entregaré yo á la espada.
Carga de Nínive. Libro de la visión de Nahum de El-kosh.
Dios celoso y vengador es Jehová; vengador es Jehová, y Señor de ira; Jehová, que se venga de sus adversarios, y que guarda enojo para sus enemigos.
He aquí, tu pueblo será como mujeres en medio de ti: las puertas de tu tierra se abrirán de par en par á tus enemigos: fuego consumirá tus barras.
Espantosa es y terrible: de ella misma saldrá su derecho y su grandeza.
Y Jehová me respondió, y dijo: Escribe la visión, y declárala en tablas, para que corra el que leyere en ella.
Sus profetas, livianos, hombres prevaricadores: sus sacerdotes contaminaron el santuario, falsearon la ley.
De esa parte de los ríos de Etiopía, mis suplicantes, la hija de mis esparcidos, me traerán ofrenda.
En aquel tiempo se dirá á Jerusalem: No temas: Sión, no se debiliten tus manos.
Ahora pues, poned vuestro corazón desde este día en adelante, antes que pusiesen piedra sobre piedra en el templo de Jehová,
En el mes octavo, en el año segundo de Darío, fué palabra de Jehová á Zacarías profeta, hijo de Berechîas, hijo de Iddo, diciendo:
Y dije al ángel que hablaba conmigo: ¿Qué son éstos? Y respondióme: Estos son los cuernos que aventaron á Judá, á Israel, y á Jerusalem.
Y Jehová poseerá á Judá su heredad en la tierra santa, y escogerá aún á Jerusalem.
Toma de los del cautiverio, de Heldai, y de Tobías, y de Jedaía, los cuales volvieron de Babilonia; y vendrás tú en aquel día, y entrarás en casa de Josías hijo de Sefanías;
Mas ahora no lo haré con el resto de este pueblo como en aquellos días pasados, dice Jehová de los ejércitos.
Carga de la palabra de Jehová contra tierra de Hadrach, y de Damasco su reposo: porque á Jehová están vueltos los ojos de los hombres, y de todas las tribus de Israel.
Y tú también por la sangre de tu pacto serás salva; yo he sacado tus presos del aljibe en que no hay agua.
Acontecerá también en aquel día, que saldrán de Jerusalem aguas vivas; la mitad de ellas hacia la mar oriental, y la otra mitad hacia la mar occidental, en verano y en invierno.
Y hollaréis á los malos, los cuales serán ceniza bajo las plantas de vuestros pies, en el día que yo hago, ha dicho Jehová de los ejércitos.
Y Aram engendró á Aminadab: y Aminadab engendró á Naassón: y Naassón engendró á Salmón:
Y no la conoció hasta que parió á su hijo primogénito: y llamó su nombre JESUS.
Y como fué nacido Jesús en Bethlehem de Judea en días del rey Herodes, he aquí unos magos vinieron del oriente á Jerusalem,
Y vista la estrella, se regocijaron con muy grande gozo.
Y pasando de allí vió otros dos hermanos, Jacobo, hijo de Zebedeo, y Juan su hermano, en el barco con Zebedeo, su padre, que remendaban sus redes; y los llamó.
Y abriendo su boca, les enseñaba, diciendo:
Y al que quisiere ponerte á pleito y tomarte tu ropa, déjale también la capa;
La lámpara del cuerpo es el ojo: así que, si tu ojo fuere sincero, todo tu cuerpo será luminoso:
Y he aquí clamaron, diciendo: ¿Qué tenemos contigo, Jesús, Hijo de Dios? ¿has venido acá á molestarnos antes de tiempo?
Y salió esta fama por toda aquella tierra.
Y yendo, predicad, diciendo: El reino de los cielos se ha acercado.
No aprestéis oro, ni plata, ni cobre en vuestras bolsas;
Bástale al discípulo ser como su maestro, y al siervo como su señor. Si al padre de la familia llamaron Beelzebub, ¿cuánto más á los de su casa?
En aquel tiempo, respondiendo Jesús, dijo: Te alabo, Padre, Señor del cielo y de la tierra, que hayas escondido estas cosas de los sabios y de los entendidos, y las hayas revelado á los niños.
Y si por espíritu de Dios yo echo fuera los demonios, ciertamente ha llegado á vosotros el reino de Dios.
Porque, ¿cómo puede alguno entrar en la casa del valiente, y saquear sus alhajas, si primero no prendiere al valiente? y entonces saqueará su casa.
Quien tiene oídos para oir, oiga.
Y aconteció que acabando Jesús estas parábolas, pasó de allí.
Y ya el barco estaba en medio de la mar, atormentado de las ondas; porque el viento era contrario.
Entonces respondiendo Jesús, dijo: Oh mujer, grande es tu fe; sea hecho contigo como quieres. Y fué sana su hija desde aquella hora.
Y ellos dijeron: Unos, Juan el Bautista; y otros, Elías; y otros, Jeremías, ó alguno de los profetas.
Y Pedro, tomándolo aparte, comenzó á reprenderle, diciendo: Señor, ten compasión de ti: en ninguna manera esto te acontezca.
Y le siguieron muchas gentes, y los sanó allí.
Y las gentes que iban delante, y las que iban detrás, aclamaban diciendo: ¡Hosanna al Hijo de David! ¡Bendito el que viene en el nombre del Señor! ¡Hosanna en las alturas!
Mas los labradores, tomando á los siervos, al uno hirieron, y al otro mataron, y al otro apedrearon.
Y estando juntos los Fariseos, Jesús les preguntó,
Dijo el Señor á mi Señor: Siéntate á mi diestra, entre tanto que pongo tus enemigos por estrado de tus pies?
Y: Cualquiera que jurare por el altar, es nada; mas cualquiera que jurare por el presente que está sobre él, deudor es.
Y el que jurare por el templo, jura por él, y por Aquél que habita en él;
Y enviará sus ángeles con gran voz de trompeta, y juntarán sus escogidos de los cuatro vientos, de un cabo del cielo hasta el otro.
Y á la media noche fué oído un clamor: He aquí, el esposo viene; salid á recibirle.
Entonces los justos le responderán, diciendo: Señor, ¿cuándo te vimos hambriento, y te sustentamos? ¿ó sediento, y te dimos de beber?
Lo cual viendo sus discípulos, se enojaron, diciendo: ¿Por qué se pierde esto?
Y tomando á Pedro, y á los dos hijos de Zebedeo, comenzó á entristecerse y á angustiarse en gran manera.
Y vino, y los halló otra vez durmiendo; porque los ojos de ellos estaban agravados.
Y el que le entregaba les había dado señal, diciendo: Al que yo besare, aquél es: prendedle.
Y luego que llegó á Jesús, dijo: Salve, Maestro. Y le besó.
¿Acaso piensas que no puedo ahora orar á mi Padre, y él me daría más de doce legiones de ángeles?
Mas Jesús callaba. Respondiendo el pontífice, le dijo: Te conjuro por el Dios viviente, que nos digas si eres tú el Cristo, Hijo de Dios.
Y Pedro estaba sentado fuera en el patio: y se llegó á él una criada, diciendo: Y tú con Jesús el Galileo estabas.
Y no le respondió ni una palabra; de tal manera que el presidente se maravillaba mucho.
Y respondiendo todo el pueblo, dijo: Su sangre sea sobre nosotros, y sobre nuestros hijos.
Y pusieron sobre su cabeza una corona tejida de espinas, y una caña en su mano derecha; é hincando la rodilla delante de él, le burlaban, diciendo: ¡Salve, Rey de los Judíos!
Y el siguiente día, que es después de la preparación, se juntaron los príncipes de los sacerdotes y los Fariseos á Pilato,
He aquí, Jesús les sale al encuentro, diciendo: Salve. Y ellas se llegaron y abrazaron sus pies, y le adoraron.
Mas los once discípulos se fueron á Galilea, al monte donde Jesús les había ordenado.
Y sanó á muchos que estaban enfermos de diversas enfermedades, y echó fuera muchos demonios; y no dejaba decir á los demonios que le conocían.
Y á Judas Iscariote, el que le entregó. Y vinieron á casa.
Y otra parte cayó en pedregales, donde no tenía mucha tierra; y luego salió, porque no tenía la tierra profunda:
Es como el grano de mostaza, que, cuando se siembra en tierra, es la más pequeña de todas las simientes que hay en la tierra;
Y los que apacentaban los puercos huyeron, y dieron aviso en la ciudad y en los campos. Y salieron para ver qué era aquello que había acontecido.
Y les decía: Donde quiera que entréis en una casa, posad en ella hasta que salgáis de allí.
Y oyéndolo sus discípulos, vinieron y tomaron su cuerpo, y le pusieron en un sepulcro.
Y como fué la tarde, el barco estaba en medio de la mar, y él solo en tierra.
Y cuando estuvieron de la otra parte, vinieron á tierra de Genezaret, y tomaron puerto.
Y díjoles: ¿También vosotros estáis así sin entendimiento? ¿No entendéis que todo lo de fuera que entra en el hombre, no le puede contaminar;
Y tomándole aparte de la gente, metió sus dedos en las orejas de él, y escupiendo, tocó su lengua;
Y les preguntó: ¿Cuántos panes tenéis? Y ellos dijeron: Siete.
Porque el que quisiere salvar su vida, la perderá; y el que perdiere su vida por causa de mí y del evangelio, la salvará.
Y descendiendo ellos del monte, les mandó que á nadie dijesen lo que habían visto, sino cuando el Hijo del hombre hubiese resucitado de los muertos.
Y Jesús le dijo: Si puedes creer, al que cree todo es posible.
Entonces Jesús, mirando alrededor, dice á sus discípulos: ¡Cuán difícilmente entrarán en el reino de Dios los que tienen riquezas!
Más fácil es pasar un camello por el ojo de una aguja, que el rico entrar en el reino de Dios.
Y el día siguiente, como salieron de Bethania, tuvo hambre.
Y las primeras sillas en las sinagogas, y los primeros asientos en las cenas;
Y Jesús respondiendo, le dijo: ¿Ves estos grandes edificios? no quedará piedra sobre piedra que no sea derribada.
Mas ¡ay de las preñadas, y de las que criaren en aquellos días!
Entonces ellos comenzaron á entristecerse, y á decirle cada uno por sí: ¿Seré yo? Y el otro: ¿Seré yo?
Y se le apareció el ángel del Señor puesto en pie á la derecha del altar del incienso.
Y reinará en la casa de Jacob por siempre; y de su reino no habrá fin.
A los hambrientos hinchió de bienes; y á los ricos envió vacíos.
Y enseñaba en las sinagogas de ellos, y era glorificado de todos.
Y estaba en la sinagoga un hombre que tenía un espíritu de un demonio inmundo, el cual exclamó á gran voz,
Entonces los escribas y los Fariseos comenzaron á pensar, diciendo: ¿Quién es éste que habla blasfemias? ¿Quién puede perdonar pecados sino sólo Dios?
Y aconteció después, que él caminaba por todas las ciudades y aldeas, predicando y anunciando el evangelio del reino de Dios, y los doce con él,
Y los de junto al camino, éstos son los que oyen; y luego viene el diablo, y quita la palabra de su corazón, porque no crean y se salven.
Ninguno que enciende la antorcha la cubre con vasija, ó la pone debajo de la cama; mas la pone en un candelero, para que los que entran vean la luz.
Y llegándose á él, le despertaron, diciendo: ¡Maestro, Maestro, que perecemos! Y despertado él, increpó al viento y á la tempestad del agua; y cesaron, y fué hecha bonanza.
Porque cualquiera que quisiere salvar su vida, la perderá; y cualquiera que perdiere su vida por causa de mí, éste la salvará.
Poned vosotros en vuestros oídos estas palabras; porque ha de acontecer que el Hijo del hombre será entregado en manos de hombres.
Y viendo esto sus discípulos Jacobo y Juan, dijeron: Señor, ¿quieres que mandemos que descienda fuego del cielo, y los consuma, como hizo Elías?
Y respondiendo Jesús, dijo: Un hombre descendía de Jerusalem á Jericó, y cayó en manos de ladrones, los cuales le despojaron; é hiriéndole, se fueron, dejándole medio muerto.
Empero Marta se distraía en muchos servicios; y sobreviniendo, dice: Señor, ¿no tienes cuidado que mi hermana me deja servir sola? Dile pues, que me ayude.
El pan nuestro de cada día, dánoslo hoy.
Así que, siendo todo tu cuerpo resplandeciente, no teniendo alguna parte de tinieblas, será todo luminoso, como cuando una antorcha de resplandor te alumbra.
Mas ¡ay de vosotros, Fariseos! que diezmáis la menta, y la ruda, y toda hortaliza; mas el juicio y la caridad de Dios pasáis de largo. Pues estas cosas era necesario hacer, y no dejar las otras.
Y todo aquel que dice palabra contra el Hijo del hombre, le será perdonado; mas al que blasfemare contra el Espíritu Santo, no le será perdonado.
Y dijo el Señor: ¿Quién es el mayordomo fiel y prudente, al cual el señor pondrá sobre su familia, para que á tiempo les dé su ración?
Y díjole uno: Señor, ¿son pocos los que se salvan? Y él les dijo:
Y le llamó, y le dijo: ¿Qué es esto que oigo de ti? Da cuenta de tu mayordomía, porque ya no podrás más ser mayordomo.
Mas Abraham le dijo: Si no oyen á Moisés y á los profetas, tampoco se persuadirán, si alguno se levantare de los muertos.
Y los que lo oían, dijeron: ¿Y quién podrá ser salvo?
Y los que iban delante, le reñían que callase; mas él clamaba mucho más: Hijo de David, ten misericordia de mí.
Y habiendo entrado Jesús, iba pasando por Jericó;
Y como vino á aquel lugar Jesús, mirando, le vió, y díjole: Zaqueo, date priesa, desciende, porque hoy es necesario que pose en tu casa.
Mas ellos pensaban dentro de sí, diciendo: Si dijéremos, del cielo, dirá: ¿Por qué, pues, no le creísteis?
Y respondieron que no sabían de dónde.
Y procuraban los príncipes de los sacerdotes y los escribas echarle mano en aquella hora, porque entendieron que contra ellos había dicho esta parábola: mas temieron al pueblo.
Y dijo: De verdad os digo, que esta pobre viuda echó más que todos:
Entonces Pilato juzgó que se hiciese lo que ellos pedían;
Y entrando, no hallaron el cuerpo del Señor Jesús.
Diciendo: Es menester que el Hijo del hombre sea entregado en manos de hombres pecadores, y que sea crucificado, y resucite al tercer día.
Y él tomó, y comió delante de ellos.
En el mundo estaba, y el mundo fué hecho por él; y el mundo no le conoció.
Porque la ley por Moisés fué dada: mas la gracia y la verdad por Jesucristo fué hecha.
Este halló primero á su hermano Simón, y díjole: Hemos hallado al Mesías (que declarado es, el Cristo).
Y dícele Jesús: ¿Qué tengo yo contigo, mujer? aun no ha venido mi hora.
Y estaban allí seis tinajuelas de piedra para agua, conforme á la purificación de los Judíos, que cabían en cada una dos ó tres cántaros.
De cierto, de cierto te digo, que lo que sabemos hablamos, y lo que hemos visto, testificamos; y no recibís nuestro testimonio.
El que de arriba viene, sobre todos es: el que es de la tierra, terreno es, y cosas terrenas habla: el que viene del cielo, sobre todos es.
Porque el que Dios envió, las palabras de Dios habla: porque no da Dios el Espíritu por medida.
Respondió Jesús y díjole: Cualquiera que bebiere de esta agua, volverá á tener sed;
Respondió la mujer, y dijo: No tengo marido. Dícele Jesús: Bien has dicho, No tengo marido;
Viniendo pues los Samaritanos á él, rogáronle que se quedase allí: y se quedó allí dos días.
Y por esta causa los Judíos perseguían á Jesús, y procuraban matarle, porque hacía estas cosas en sábado.
Aquellos hombres entonces, como vieron la señal que Jesús había hecho, decían: Este verdaderamente es el profeta que había de venir al mundo.
Y que otras navecillas habían arribado de Tiberias junto al lugar donde habían comido el pan después de haber el Señor dado gracias;
Y hallándole de la otra parte de la mar, dijéronle: Rabbí, ¿cuándo llegaste acá?
Y dijéronle: ¿Qué haremos para que obremos las obras de Dios?
Todo lo que el Padre me da, vendrá á mí; y al que á mí viene, no le hecho fuera.
Mas éste, sabemos de dónde es: y cuando viniere el Cristo, nadie sabrá de dónde sea.
Respondiéronles sus padres y dijeron: Sabemos que éste es nuestro hijo, y que nació ciego:
Y volvióse tras el Jordán, á aquel lugar donde primero había estado bautizando Juan; y estúvose allí.
Marta le dice: Yo sé que resucitará en la resurrección en el día postrero.
Y dijo: ¿Dónde le pusisteis? Dícenle: Señor, ven, y ve.
Entre tanto que tenéis la luz, creed en la luz, para que seáis hijos de luz. Estas cosas habló Jesús, y fuése, y escondióse de ellos.
Antes, porque os he hablado estas cosas, tristeza ha henchido vuestro corazón.
Cuando estaba con ellos en el mundo, yo los guardaba en tu nombre; á los que me diste, yo los guardé, y ninguno de ellos se perdió, sino el hijo de perdición; para que la Escritura se cumpliese.
Entonces la compañía y el tribuno, y los ministros de los Judíos, prendieron á Jesús y le ataron,
Y como los soldados hubieron crucificado á Jesús, tomaron sus vestidos, é hicieron cuatro partes (para cada soldado una parte); y la túnica; mas la túnica era sin costura, toda tejida desde arriba.
Empero uno de los soldados le abrió el costado con una lanza, y luego salió sangre y agua.
Y corrían los dos juntos; mas el otro discípulo corrió más presto que Pedro, y llegó primero al sepulcro.
Luego dice á Tomás: Mete tu dedo aquí, y ve mis manos: y alarga acá tu mano, y métela en mi costado: y no seas incrédulo, sino fiel.
Esta era ya la tercera vez que Jesús se manifestó á sus discípulos, habiendo resucitado de los muertos.
Y hay también otras muchas cosas que hizo Jesús, que si se escribiesen cada una por sí, ni aun en el mundo pienso que cabrían los libros que se habrían de escribir. Amén.
Varones hermanos, convino que se cumpliese la Escritura, la cual dijo antes el Espíritu Santo por la boca de David, de Judas, que fué guía de los que prendieron á Jesús;
Y estaban atónitos y maravillados, diciendo: He aquí ¿no son Galileos todos estos que hablan?
Mas otros burlándose, decían: Que están llenos de mosto.
Empero siendo profeta, y sabiendo que con juramento le había Dios jurado que del fruto de su lomo, cuanto á la carne, levantaría al Cristo que se sentaría sobre su trono;
A este Jesús resucitó Dios, de lo cual todos nosotros somos testigos.
Y Pedro dijo: Ni tengo plata ni oro; mas lo que tengo te doy: en el nombre de Jesucristo de Nazaret, levántate y anda.
Y saltando, se puso en pie, y anduvo; y entró con ellos en el templo, andando, y saltando, y alabando á Dios.
Y luego cayó á los pies de él, y espiró: y entrados los mancebos, la hallaron muerta; y la sacaron, y la sepultaron junto á su marido.
Mas siendo puesto al peligro, la hija de Faraón le tomó, y le crió como á hijo suyo.
Y como subieron del agua, el Espíritu del Señor arrebató á Felipe; y no le vió más el eunuco, y se fué por su camino gozoso.
Entonces respondió Pedro: ¿Puede alguno impedir el agua, para que no sean bautizados éstos que han recibido el Espíritu Santo también como nosotros?
Y oí una voz que me decía: Levántate, Pedro, mata y come.
Así que, Pedro era guardado en la cárcel; y la iglesia hacía sin cesar oración á Dios por él.
Dijo: Oh, lleno de todo engaño y de toda maldad, hijo del diablo, enemigo de toda justicia, ¿no cesarás de trastornar los caminos rectos del Señor?
Mas á media noche, orando Pablo y Silas, cantaban himnos á Dios: y los que estaban presos los oían.
Mas Pablo clamó á gran voz, diciendo: No te hagas ningún mal; que todos estamos aquí.
Y sacándolos fuera, les dice: Señores, ¿qué es menester que yo haga para ser salvo?
A los cuales Jasón ha recibido; y todos estos hacen contra los decretos de César, diciendo que hay otro rey, Jesús.
Mas contradiciendo y blasfemando ellos, les dijo, sacudiendo sus vestidos: Vuestra sangre sea sobre vuestra cabeza; yo, limpio; desde ahora me iré á los Gentiles.
Y llegó á Efeso, y los dejó allí: y él entrando en la sinagoga, disputó con los Judíos,
Y nosotros subiendo en el navío, navegamos á Assón, para recibir de allí á Pablo; pues así había determinado que debía él ir por tierra.
Y de vosotros mismos se levantarán hombres que hablen cosas perversas, para llevar discípulos tras sí.
Y me aconteció, vuelto á Jerusalem, que orando en el templo, fuí arrebatado fuera de mí.
Entonces Félix, oídas estas cosas, estando bien informado de esta secta, les puso dilación, diciendo: Cuando descendiere el tribuno Lisias acabaré de conocer de vuestro negocio.
Y disertando él de la justicia, y de la continencia, y del juicio venidero, espantado Félix, respondió: Ahora vete; mas en teniendo oportunidad te llamaré:
Alegando él por su parte: Ni contra la ley de los Judíos, ni contra el templo, ni contra César he pecado en nada.
Y Pablo dijo: Ante el tribunal de César estoy, donde conviene que sea juzgado. A los Judíos no he hecho injuria ninguna, como tú sabes muy bien.
Mayormente sabiendo tú todas las costumbres y cuestiones que hay entre los Judíos: por lo cual te ruego que me oigas con paciencia.
Y los demás, parte en tablas, parte en cosas de la nave. Y así aconteció que todos se salvaron saliendo á tierra.
Entonces ellos le dijeron: Nosotros ni hemos recibido cartas tocante á ti de Judea, ni ha venido alguno de los hermanos que haya denunciado ó hablado algún mal de ti.
Por esto Dios los entregó á afectos vergonzosos; pues aun sus mujeres mudaron el natural uso en el uso que es contra naturaleza:
Porque todos los que sin ley pecaron, sin ley también perecerán; y todos los que en la ley pecaron, por la ley serán juzgados:
Cuya boca está llena de maledicencia y de amargura;
Mas al que no obra, pero cree en aquél que justifica al impío, la fe le es contada por justicia.
Y no se enflaqueció en la fe, ni consideró su cuerpo ya muerto (siendo ya de casi cien años), ni la matriz muerta de Sara;
El cual fué entregado por nuestros delitos, y resucitado para nuestra justificación.
Sabiendo que Cristo, habiendo resucitado de entre los muertos, ya no muere: la muerte no se enseñoreará más de él.
Porque el pecado, tomando ocasión, me engañó por el mandamiento, y por él me mató.
Así que, hermanos, deudores somos, no á la carne, para que vivamos conforme á la carne:
Porque todos los que son guiados por el Espíritu de Dios, los tales son hijos de Dios.
Porque en esperanza somos salvos; mas la esperanza que se ve, no es esperanza; porque lo que alguno ve, ¿á qué esperarlo?
Me dirás pues: ¿Por qué, pues, se enoja? porque ¿quién resistirá á su voluntad?
Los cuales también ha llamado, es á saber, á nosotros, no sólo de los Judíos, mas también de los Gentiles?
¿Cómo, pues invocarán á aquel en el cual no han creído? ¿y cómo creerán á aquel de quien no han oído? ¿y cómo oirán sin haber quien les predique?
Porque sin arrepentimiento son las mercedes y la vocación de Dios.
Por lo cual es necesario que le estéis sujetos, no solamente por la ira, mas aun por la conciencia.
Porque escrito está: Vivo yo, dice el Señor, que á mí se doblará toda rodilla, y toda lengua confesará á Dios.
Yo sé, y confío en el Señor Jesús, que de suyo nada hay inmundo: mas á aquel que piensa alguna cosa ser inmunda, para él es inmunda.
Para ser ministro de Jesucristo á los Gentiles, ministrando el evangelio de Dios, para que la ofrenda de los Gentiles sea agradable, santificada por el Espíritu Santo.
Por lo cual aun he sido impedido muchas veces de venir á vosotros.
Para que con gozo llegue á vosotros por la voluntad de Dios, y que sea recreado juntamente con vosotros.
Porque los tales no sirven al Señor nuestro Jesucristo, sino á sus vientres; y con suaves palabras y bendiciones engañan los corazones de los simples.
Que en todas las cosas sois enriquecidos en él, en toda lengua y en toda ciencia;
Y estuve yo con vosotros con flaqueza, y mucho temor y temblor;
En el nombre del Señor nuestro Jesucristo, juntados vosotros y mi espíritu, con la facultad de nuestro Señor Jesucristo,
Ni los ladrones, ni los avaros, ni los borrachos, ni los maldicientes, ni los robadores, heredarán el reino de Dios.
Huid la fornicación. Cualquier otro pecado que el hombre hiciere, fuera del cuerpo es; mas el que fornica, contra su propio cuerpo peca.
Quisiera más bien que todos los hombres fuesen como yo: empero cada uno tiene su propio don de Dios; uno á la verdad así, y otro así.
La circuncisión nada es, y la incircuncisión nada es; sino la observancia de las mandamientos de Dios.
Esto empero digo para vuestro provecho; no para echaros lazo, sino para lo honesto y decente, y para que sin impedimento os lleguéis al Señor.
Porque si la mujer no se cubre, trasquílese también: y si es deshonesto á la mujer trasquilarse ó raerse, cúbrase.
Porque el varón no es de la mujer, sino la mujer del varón.
Juzgad vosotros mismos: ¿es honesto orar la mujer á Dios no cubierta?
Pues qué, ¿no tenéis casas en que comáis y bebáis? ¿ó menospreciáis la iglesia de Dios, y avergonzáis á los que no tienen? ¿Qué os diré? ¿os alabaré? En esto no os alabo.
Porque por un Espíritu somos todos bautizados en un cuerpo, ora Judíos ó Griegos, ora siervos ó libres; y todos hemos bebido de un mismo Espíritu.
¿Tienen todos dones de sanidad? ¿hablan todos lenguas? ¿interpretan todos?
Tantos géneros de voces, por ejemplo, hay en el mundo, y nada hay mudo;
Así también es la resurrección de los muertos. Se siembra en corrupción, se levantará en incorrupción;
Así que, hermanos míos amados, estad firmes y constantes, creciendo en la obra del Señor siempre, sabiendo que vuestro trabajo en el Señor no es vano.
Cuanto á la colecta para los santos, haced vosotros también de la manera que ordené en las iglesias de Galacia.
Y á vosotros iré, cuando hubiere pasado por Macedonia, porque por Macedonia tengo de pasar:
Y aun hasta el día de hoy, cuando Moisés es leído, el velo está puesto sobre el corazón de ellos.
Porque no parezca como que os quiero espantar por cartas.
Mas temo que como la serpiente engañó á Eva con su astucia, sean corrompidos así vuestros sentidos en alguna manera, de la simplicidad que es en Cristo.
Dígolo cuanto á la afrenta, como si nosotros hubiésemos sido flacos. Empero en lo que otro tuviere osadía (hablo con locura), también yo tengo osadía.
Rogué á Tito, y envié con él al hermano. ¿Os engañó quizá Tito? ¿no hemos procedido con el mismo espíritu y por las mismas pisadas?
Después fuí á las partes de Siria y de Cilicia;
Mas la Jerusalem de arriba libre es; la cual es la madre de todos nosotros.
He aquí yo Pablo os digo, que si os circuncidareis, Cristo no os aprovechará nada.
Así que cada uno examine su obra, y entonces tendrá gloria sólo respecto de sí mismo, y no en otro.
En el cual esperasteis también vosotros en oyendo la palabra de verdad, el evangelio de vuestra salud: en el cual también desde que creísteis, fuisteis sellados con el Espíritu Santo de la promesa,
No ceso de dar gracias por vosotros, haciendo memoria de vosotros en mis oraciones;
Porque somos hechura suya, criados en Cristo Jesús para buenas obras, las cuales Dios preparó para que anduviésemos en ellas.
Y reconciliar por la cruz con Dios á ambos en un mismo cuerpo, matando en ella las enemistades.
Y á renovaros en el espíritu de vuestra mente,
Porque el marido es cabeza de la mujer, así como Cristo es cabeza de la iglesia; y él es el que da la salud al cuerpo.
Y calzados los pies con el apresto del evangelio de paz;
Llenos de frutos de justicia, que son por Jesucristo, á gloria y loor de Dios.
¿Qué pues? Que no obstante, en todas maneras, ó por pretexto ó por verdad, es anunciado Cristo; y en esto me huelgo, y aun me holgaré.
Porque sé que esto se me tornará á salud, por vuestra oración, y por la suministración del Espíritu de Jesucristo;
Porque para mí el vivir es Cristo, y el morir es ganancia.
Cumplid mi gozo; que sintáis lo mismo, teniendo el mismo amor, unánimes, sintiendo una misma cosa.
Prosigo al blanco, al premio de la soberana vocación de Dios en Cristo Jesús.
Gozaos en el Señor siempre: otra vez digo: Que os gocéis.
Por lo cual también nosotros, desde el día que lo oímos, no cesamos de orar por vosotros, y de pedir que seáis llenos del conocimiento de su voluntad, en toda sabiduría y espiritual inteligencia;
Que nos ha librado de la potestad de las tinieblas, y trasladado al reino de su amado Hijo;
Porque quiero que sepáis cuán gran solicitud tengo por vosotros, y por los que están en Laodicea, y por todos los que nunca vieron mi rostro en carne;
Maridos, amad á vuestras mujeres, y no seáis desapacibles con ellas.
Mas acerca de la caridad fraterna no habéis menester que os escriba: porque vosotros mismos habéis aprendido de Dios que os améis los unos á los otros;
Mas fiel es el Señor, que os confirmará y guardará del mal.
Mas no lo tengáis como á enemigo, sino amonestadle como á hermano.
Mas la gracia de nuestro Señor fué más abundante con la fe y amor que es en Cristo Jesús.
A ser templadas, castas, que tengan cuidado de la casa, buenas, sujetas á sus maridos; porque la palabra de Dios no sea blasfemada.
Porque acaso por esto se ha apartado de ti por algún tiempo, para que le recibieses para siempre;
La gracia de nuestro Señor Jesucristo sea con vuestro espíritu. Amén.
Dios, habiendo hablado muchas veces y en muchas maneras en otro tiempo á los padres por los profetas,
Porque ¿á cuál de los ángeles dijo Dios jamás: Mi hijo eres tú, hoy yo te he engendrado? y otra vez: Yo seré á él Padre, y él me será á mí hijo?
Entre tanto que se dice: Si oyereis hoy su voz, no endurezcáis vuestros corazones, como en la provocación.
Y vemos que no pudieron entrar á causa de incredulidad.
Porque notorio es que el Señor nuestro nació de la tribu de Judá, sobre cuya tribu nada habló Moisés tocante al sacerdocio.
El mandamiento precedente, cierto se abroga por su flaqueza é inutilidad;
Dando en esto á entender el Espíritu Santo, que aun no estaba descubierto el camino para el santuario, entre tanto que el primer tabernáculo estuviese en pie.
Esperando lo que resta, hasta que sus enemigos sean puestos por estrado de sus pies.
Y teniendo un gran sacerdote sobre la casa de Dios,
Por fe bendijo Isaac á Jacob y á Esaú respecto á cosas que habían de ser.
Por fe pasaron el mar Bermejo como por tierra seca: lo cual probando los Egipcios, fueron sumergidos.
Honroso es en todos el matrimonio, y el lecho sin mancilla; mas á los fornicarios y á los adúlteros juzgará Dios.
Y si alguno de vosotros tiene falta de sabiduría, demándela á Dios, el cual da á todos abundantemente, y no zahiere; y le será dada.
La religión pura y sin mácula delante de Dios y Padre es esta: Visitar los huérfanos y las viudas en sus tribulaciones, y guardarse sin mancha de este mundo.
Y si el hermano ó la hermana están desnudos, y tienen necesidad del mantenimiento de cada día,
En lo cual vosotros os alegráis, estando al presente un poco de tiempo afligidos en diversas tentaciones, si es necesario,
Sino como aquel que os ha llamado es santo, sed también vosotros santos en toda conversación:
Porque esto es agradable, si alguno á causa de la conciencia delante de Dios, sufre molestias padeciendo injustamente.
Entendiendo primero esto, que ninguna profecía de la Escritura es de particular interpretación;
Para que tengáis memoria de las palabras que antes han sido dichas por los santos profetas, y de nuestro mandamiento, que somos apóstoles del Señor y Salvador:
Por la verdad que está en nosotros, y será perpetuamente con nosotros:
Cualquiera que se rebela, y no persevera en la doctrina de Cristo, no tiene á Dios: el que persevera en la doctrina de Cristo, el tal tiene al Padre y al Hijo.
Todos dan testimonio de Demetrio, y aun la misma verdad: y también nosotros damos testimonio; y vosotros habéis conocido que nuestro testimonio es verdadero.
Bienaventurado el que lee, y los que oyen las palabras de esta profecía, y guardan las cosas en ella escritas: porque el tiempo está cerca.
Escribe al ángel de la iglesia en EFESO: El que tiene las siete estrellas en su diestra, el cual anda en medio de los siete candeleros de oro, dice estas cosas:
Pero tengo contra ti que has dejado tu primer amor.
Y luego yo fuí en Espíritu: y he aquí, un trono que estaba puesto en el cielo, y sobre el trono estaba uno sentado.
Y las estrellas del cielo cayeron sobre la tierra, como la higuera echa sus higos cuando es movida de gran viento.
Y el sexto ángel tocó la trompeta; y oí una voz de los cuatro cuernos del altar de oro que estaba delante de Dios,
Y fueron desatados los cuatro ángeles que estaban aparejados para la hora y día y mes y año, para matar la tercera parte de los hombres.
Pero en los días de la voz del séptimo ángel, cuando él comenzare á tocar la trompeta, el misterio de Dios será consumado, como él lo anunció á sus siervos los profetas.
Y miré, y he aquí, el Cordero estaba sobre el monte de Sión, y con él ciento cuarenta y cuatro mil, que tenían el nombre de su Padre escrito en sus frentes.
Y salió otro ángel del templo que está en el cielo, teniendo también una hoz aguda.
Estos tienen un consejo, y darán su potencia y autoridad á la bestia.
Porque sus juicios son verdaderos y justos; porque él ha juzgado á la grande ramera, que ha corrompido la tierra con su fornicación, y ha vengado la sangre de sus siervos de la mano de ella.
Y díjome: Hecho es. Yo soy Alpha y Omega, el principio y el fin. Al que tuviere sed, yo le daré de la fuente del agua de vida gratuitamente.
Y él me dijo: Mira que no lo hagas: porque yo soy siervo contigo, y con tus hermanos los profetas, y con los que guardan las palabras de este libro. Adora á Dios.

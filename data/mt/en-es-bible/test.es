Si siete veces será vengado Caín, Lamech en verdad setenta veces siete lo será.
Y fueron todos los días de Enós novecientos y cinco años; y murió.
Y fueron todos los días de Mahalaleel ochocientos noventa y cinco años; y murió.
Y Jehová dijo á Noé: Entra tú y toda tu casa en el arca; porque á ti he visto justo delante de mí en esta generación.
Y prevalecieron las aguas sobre la tierra ciento y cincuenta días.
Y las aguas fueron decreciendo hasta el mes décimo: en el décimo, al primero del mes, se descubrieron las cimas de los montes.
Y salió el rey de Sodoma á recibirlo, cuando volvía de la derrota de Chêdorlaomer y de los reyes que con él estaban, al valle de Shave, que es el valle del Rey.
Y él cohabitó con Agar, la cual concibió: y cuando vió que había concebido, miraba con desprecio á su señora.
Y todos los varones de su casa, el siervo nacido en casa, y el comprado por dinero del extranjero, fueron circuncidados con él.
Y alzó sus ojos y miró, y he aquí tres varones que estaban junto á él: y cuando los vió, salió corriendo de la puerta de su tienda á recibirlos, é inclinóse hacia la tierra,
Así fué que, cuando destruyó Dios las ciudades de la llanura, acordóse Dios de Abraham, y envió fuera á Lot de en medio de la destrucción, al asolar las ciudades donde Lot estaba.
Y dieron á beber vino á su padre también aquella noche: y levantóse la menor, y durmió con él; pero no echó de ver cuándo se acostó ella, ni cuándo se levantó.
Y respondieron los hijos de Heth á Abraham, y dijéronle:
Y la moza era de muy hermoso aspecto, virgen, á la que varón no había conocido; la cual descendió á la fuente, y llenó su cántaro, y se volvía.
Y fué que como los camellos acabaron de beber, presentóle el hombre un pendiente de oro que pesaba medio siclo, y dos brazaletes que pesaban diez:
Entonces el hombre vino á casa, y Labán desató los camellos; y dióles paja y forraje, y agua para lavar los piés de él, y los piés de los hombres que con él venían.
Tráeme caza, y hazme un guisado, para que coma, y te bendiga delante de Jehová antes que yo muera.
Y llegóse Jacob á su padre Isaac; y él le palpó, y dijo: La voz es la voz de Jacob, mas las manos, las manos de Esaú.
Entonces Isaac su padre habló y díjole: He aquí será tu habitación en grosuras de la tierra, y del rocío de los cielos de arriba;
Y te dé la bendición de Abraham, y á tu simiente contigo, para que heredes la tierra de tus peregrinaciones, que Dios dió á Abraham.
Vió asimismo Esaú que las hijas de Canaán parecían mal á Isaac su padre;
Y ellos respondieron: No podemos, hasta que se junten todos los ganados, y remuevan la piedra de sobre la boca del pozo, para que abrevemos las ovejas.
Y dijo Jacob á Labán: Dame mi mujer, porque mi tiempo es cumplido, para que cohabite con ella.
Y sucedió que á la noche tomó á Lea su hija, y se la trajo: y él entró á ella.
Y después parió una hija, y llamó su nombre Dina.
Y dijo: Señálame tu salario, que yo lo daré.
Y él respondió: Tú sabes cómo te he servido, y cómo ha estado tu ganado conmigo;
Y él dijo: ¿Qué te daré? Y respondió Jacob: No me des nada: si hicieres por mí esto, volveré á apacentar tus ovejas.
Y mandóles diciendo: Así diréis á mi señor Esaú: Así dice tu siervo Jacob: Con Labán he morado, y detenídome hasta ahora;
Entonces Jacob le preguntó, y dijo: Declárame ahora tu nombre. Y él respondió: ¿Por qué preguntas por mi nombre? Y bendíjolo allí.
Y Esaú dijo: Dejaré ahora contigo de la gente que viene conmigo. Y él dijo: ¿Para qué esto? halle yo gracia en los ojos de mi señor.
Y obedecieron á Hamor y á Sichêm su hijo todos los que salían por la puerta de la ciudad, y circuncidaron á todo varón, á cuantos salían por la puerta de su ciudad.
Y levantémonos, y subamos á Beth-el; y haré allí altar al Dios que me respondió en el día de mi angustia, y ha sido conmigo en el camino que he andado.
Y los hijos de Zibeón fueron Aja, y Ana. Este Ana es el que descubrió los mulos en el desierto, cuando apacentaba los asnos de Zibeón su padre.
Y como ellos lo vieron de lejos, antes que cerca de ellos llegara, proyectaron contra él para matarle.
Y como Rubén oyó esto, librólo de sus manos, y dijo: No lo matemos.
Y tomáronlo, y echáronle en la cisterna; mas la cisterna estaba vacía, no había en ella agua.
La cual concibió, y parió un hijo; y llamó su nombre Er.
Llamó á los de casa, y hablóles diciendo: Mirad, nos ha traído un Hebreo, para que hiciese burla de nosotros: vino él á mí para dormir conmigo, y yo dí grandes voces;
Y viendo el principal de los panaderos que había declarado para bien, dijo á José: También yo soñaba que veía tres canastillos blancos sobre mi cabeza;
Y decían el uno al otro: Verdaderamente hemos pecado contra nuestro hermano, que vimos la angustia de su alma cuando nos rogaba, y no le oímos: por eso ha venido sobre nosotros esta angustia.
Entonces José se apresuró, porque se conmovieron sus entrañas á causa de su hermano, y procuró donde llorar: y entróse en su cámara, y lloró allí.
He aquí, el dinero que hallamos en la boca de nuestros costales, te lo volvimos á traer desde la tierra de Canaán; ¿cómo, pues, habíamos de hurtar de casa de tu señor plata ni oro?
Y él dijo: También ahora sea conforme á vuestras palabras; aquél en quien se hallare, será mi siervo, y vosotros seréis sin culpa.
Y dijo nuestro padre: Volved á comprarnos un poco de alimento.
Yo descenderé contigo á Egipto, y yo también te haré volver: y José pondrá su mano sobre tus ojos.
Y los hijos de Zabulón: Sered, y Elón, y Jahleel.
Y los que después de ellos has engendrado, serán tuyos; por el nombre de sus hermanos serán llamados en sus heredades.
Nephtalí, sierva dejada, que dará dichos hermosos.
Todos estos fueron las doce tribus de Israel: y esto fué lo que su padre les dijo, y bendíjolos; á cada uno por su bendición los bendijo.
Issachâr, Zabulón y Benjamín;
Así ha dicho Jehová: En esto conocerás que yo soy Jehová: he aquí, yo heriré con la vara que tengo en mi mano el agua que está en el río, y se convertirá en sangre:
Y vendrá á ser polvo sobre toda la tierra de Egipto, el cual originará sarpullido que cause tumores apostemados en los hombres y en las bestias, por todo el país de Egipto.
Y para que cuentes á tus hijos y á tus nietos las cosas que yo hice en Egipto, y mis señales que dí entre ellos; y para que sepáis que yo soy Jehová.
Entonces cantó Moisés y los hijos de Israel este cántico á Jehová, y dijeron: Cantaré yo á Jehová, porque se ha magnificado grandemente, echando en la mar al caballo y al que en él subía.
Oiránlo los pueblos, y temblarán; apoderarse ha dolor de los moradores de Palestina.
Y María les respondía: Cantad á Jehová; porque en extremo se ha engrandecido, echando en la mar al caballo, y al que en él subía.
Porque partieron de Rephidim, y llegaron al desierto de Sinaí, y asentaron en el desierto; y acampó allí Israel delante del monte.
Y todo el monte de Sinaí humeaba, porque Jehová había descendido sobre él en fuego: y el humo de él subía como el humo de un horno, y todo el monte se estremeció en gran manera.
Cuando alguno diere á su prójimo plata ó alhajas á guardar, y fuere hurtado de la casa de aquel hombre, si el ladrón se hallare, pagará el doble.
Si alguno hubiere dado á su prójimo asno, ó buey, ú oveja, ó cualquier otro animal á guardar, y se muriere, ó se perniquebrare, ó fuere llevado sin verlo nadie;
Seis días harás tus negocios, y al séptimo día holgarás, á fin que descanse tu buey y tu asno, y tome refrigerio el hijo de tu sierva, y el extranjero.
Y entró Moisés en medio de la nube, y subió al monte: y estuvo Moisés en el monte cuarenta días y cuarenta noches.
Y esta es la ofrenda que tomaréis de ellos: Oro, y plata, y cobre,
Conforme á todo lo que yo te mostrare, el diseño del tabernáculo, y el diseño de todos sus vasos, así lo haréis.
Una campanilla de oro y una granada, campanilla de oro y granada, por las orillas del manto alrededor.
Y la pondrás con un cordón de jacinto, y estará sobre la mitra; por el frente anterior de la mitra estará.
Tomarás luego el otro carnero, y Aarón y sus hijos pondrán sus manos sobre la cabeza del carnero:
Y harás los varales de madera de Sittim, y los cubrirás de oro.
Cualquiera que compusiere ungüento semejante, y que pusiere de él sobre extraño, será cortado de sus pueblos.
Y el altar del holocausto y todos sus vasos, y la fuente y su basa;
Entonces Moisés dijo: Hoy os habéis consagrado á Jehová, porque cada uno se ha consagrado en su hijo, y en su hermano, para que dé él hoy bendición sobre vosotros.
El altar del holocausto, y su enrejado de metal, y sus varas, y todos sus vasos, y la fuente con su basa;
Cincuenta lazadas hizo en la una cortina, y otras cincuenta en la segunda cortina, en el borde, en la juntura; las unas lazadas enfrente de las otras.
Y para el otro lado del tabernáculo, á la parte del aquilón, hizo veinte tablas,
E hizo las varas de madera de Sittim, y cubriólas de oro.
Y sus columnas fueron cuatro con sus cuatro basas de metal: y sus capiteles de plata; y las cubiertas de los capiteles de ellas y sus molduras, de plata.
En conformidad á todas las cosas que Jehová había mandado á Moisés, así hicieron los hijos de Israel toda la obra.
Y metió el arca en el tabernáculo, y puso el velo de la tienda, y cubrió el arca del testimonio; como Jehová había mandado á Moisés.
Y encendió las lámparas delante de Jehová; como Jehová había mandado á Moisés.
Finalmente erigió el atrio en derredor del tabernáculo y del altar, y puso la cortina de la puerta del atrio. Y así acabó Moisés la obra.
Y desollará el holocausto, y lo dividirá en sus piezas.
Y tomará el sacerdote de aquel presente, en memoria del mismo, y harálo arder sobre el altar; ofrenda encendida, de suave olor á Jehová.
Y lo restante del presente será de Aarón y de sus hijos: es cosa santísima de las ofrendas que se queman á Jehová.
Es infracción, y ciertamente delinquió contra Jehová.
Y para enseñar á los hijos de Israel todos los estatutos que Jehová les ha dicho por medio de Moisés.
Y al séptimo día el sacerdote mirará la llaga: y si la tiña no pareciere haberse extendido, ni hubiere en ella pelo rubio, ni pareciere la tiña más profunda que la tez,
El sacerdote mirará: y si en la piel de su carne parecieren manchas blancas algo oscurecidas, es empeine que brotó en la piel, está limpia la persona.
Entonces el sacerdote lo mirará, y si pareciere la hinchazón de la llaga blanca rojiza en su calva ó en su antecalva, como el parecer de la lepra de la tez de la carne,
Y cuando en el vestido hubiere plaga de lepra, en vestido de lana, ó en vestido de lino;
Vendrá aquél cuya fuere la casa, y dará aviso al sacerdote, diciendo: Como plaga ha aparecido en mi casa.
Y cuando fuere libre de su flujo, se ha de contar siete días, y después será limpia.
Y cuando hubiere acabado de expiar el santuario, y el tabernáculo del testimonio, y el altar, hará llegar el macho cabrío vivo:
Después vendrá Aarón al tabernáculo del testimonio, y se desnudará las vestimentas de lino, que había vestido para entrar en el santuario, y pondrálas allí.
O varón en el cual hubiere quebradura de pie ó rotura de mano,
Guardad pues mis mandamientos, y ejecutadlos: Yo Jehová.
Y os habéis de contar desde el siguiente día del sábado, desde el día en que ofrecisteis el omer de la ofrenda mecida; siete semanas cumplidas serán:
Habla á los hijos de Israel, y diles: A los quince días de este mes séptimo será la solemnidad de las cabañas á Jehová por siete días.
El primer día habrá santa convocación: ninguna obra servil haréis.
Y el que causare lesión en su prójimo, según hizo, así le sea hecho:
Y cuando vendiereis algo á vuestro prójimo, ó comprareis de mano de vuestro prójimo, no engañe ninguno á su hermano:
Si aun fueren muchos años, conforme á ellos volverá para su rescate del dinero por el cual se vendió.
Todo el tiempo que estará asolada, holgará lo que no holgó en vuestros sábados mientras habitabais en ella.
Y si el que santificó la tierra quisiere redimirla, añadirá á tu estimación el quinto del dinero de ella, y quedaráse para él.
Sino que cuando saliere en el jubileo, la tierra será santa á Jehová, como tierra consagrada: la posesión de ella será del sacerdote.
Entonces el sacerdote calculará con él la suma de tu estimación hasta el año del jubileo, y aquel día dará tu señalado precio, cosa consagrada á Jehová.
Los contados de ellos, de la tribu de Manasés, treinta y dos mil y doscientos.
Pero los Levitas no fueron contados entre ellos según la tribu de sus padres.
Porque habló Jehová á Moisés, diciendo:
Y su hueste, con los contados de ellos, cuarenta y un mil y quinientos:
Toma la cuenta de los hijos de Coath de entre los hijos de Leví, por sus familias, por las casas de sus padres,
Y quitarán la ceniza del altar, y extenderán sobre él un paño de púrpura:
Todo el tiempo de su nazareato, de todo lo que se hace de vid de vino, desde los granillos hasta el hollejo, no comerá.
Esta es, pues, la ley del Nazareo el día que se cumpliere el tiempo de su nazareato: Vendrá á la puerta del tabernáculo del testimonio;
Y para sacrificio de paces, dos bueyes, cinco carneros, cinco machos de cabrío, cinco corderos de un año. Esta fué la ofrenda de Ahiezer, hijo de Ammisaddai.
El duodécimo día, el príncipe de los hijos de Nephtalí, Ahira hijo de Enán:
Y sobre el ejército de la tribu de los hijos de Gad, Eliasaph hijo de Dehuel.
Y cuando ella asentaba, decía: Vuelve, Jehová, á los millares de millares de Israel.
Y salió Moisés, y dijo al pueblo las palabras de Jehová: y juntó los setenta varones de los ancianos del pueblo, é hízolos estar alrededor del tabernáculo.
Entonces respondió Josué hijo de Nun, ministro de Moisés, uno de sus mancebos, y dijo: Señor mío Moisés, impídelos.
Si Jehová se agradare de nosotros, él nos meterá en esta tierra, y nos la entregará; tierra que fluye leche y miel.
Empero mi siervo Caleb, por cuanto hubo en él otro espíritu, y cumplió de ir en pos de mí, yo le meteré en la tierra donde entró, y su simiente la recibirá en heredad.
Ahora bien, el Amalecita y el Cananeo habitan en el valle; volveos mañana, y partíos al desierto, camino del mar Bermejo.
Conforme al número así haréis con cada uno según el número de ellos.
Y será perdonado á toda la congregación de los hijos de Israel, y al extranjero que peregrina entre ellos, por cuanto es yerro de todo el pueblo.
Y el sacerdote Eleazar tomó los incensarios de metal con que los quemados habían ofrecido; y extendiéronlos para cubrir el altar,
En el santuario la comerás; todo varón comerá de ella: cosa santa será para ti.
Y he aquí yo he dado á los hijos de Leví todos los diezmos en Israel por heredad, por su ministerio, por cuanto ellos sirven en el ministerio del tabernáculo del testimonio.
Pozo, el cual cavaron los señores; caváronlo los príncipes del pueblo, y el legislador, con sus bordones. Y del desierto vinieron á Mathana:
Y vino Dios á Balaam, y díjole: ¿Qué varones son estos que están contigo?
Mas el ángel de Jehová se puso en una senda de viñas que tenía pared de una parte y pared de otra.
Y Balac dijo á Balaam: ¿No envié yo á ti á llamarte? ¿por qué no has venido á mí? ¿no puedo yo honrarte?
He aquí yo me voy ahora á mi pueblo: por tanto, ven, te indicaré lo que este pueblo ha de hacer á tu pueblo en los postrimeros días.
Y viendo al Cineo, tomó su parábola, y dijo: Fuerte es tu habitación, pon en la peña tu nido:
Por tanto diles: He aquí yo establezco mi pacto de paz con él;
Y Moisés y Eleazar el sacerdote hablaron con ellos en los campos de Moab, junto al Jordán de Jericó, diciendo:
De Aroz, la familia de los Aroditas; de Areli, la familia de los Arelitas.
Estos son los hijos de Ephraim por sus familias: de Suthala, la familia de los Suthalaitas; de Bechêr, la familia de los Bechêritas; de Tahan, la familia de los Tahanitas.
De Supham, la familia de los Suphamitas; de Hupham, la familia de los Huphamitas.
Y Jehová dijo á Moisés: Toma á Josué hijo de Nun, varón en el cual hay espíritu, y pondrás tu mano sobre él;
Con cada uno de los siete corderos ofreceréis una décima;
Y el séptimo día tendréis santa convocación: ninguna obra servil haréis.
Y enojóse Moisés contra los capitanes del ejército, contra los tribunos y centuriones que volvían de la guerra;
¿Y por qué prevenís el ánimo de los hijos de Israel, para que no pasen á la tierra que les ha dado Jehová?
Y el furor de Jehová se encendió entonces, y juró diciendo:
Excepto Caleb, hijo de Jephone Cenezeo, y Josué hijo de Nun, que fueron perfectos en pos de Jehová.
Mas si así no lo hiciereis, he aquí habréis pecado á Jehová; y sabed que os alcanzará vuestro pecado.
Y partiendo de Pi-hahiroth, pasaron por medio de la mar al desierto, y anduvieron camino de tres días por el desierto de Etham, y asentaron en Mara.
Y partidos del mar Bermejo, asentaron en el desierto de Sin.
Estos son los mandamientos y los estatutos que mandó Jehová por mano de Moisés á los hijos de Israel en los campos de Moab, junto al Jordán de Jericó.
Estas son las palabras que habló Moisés á todo Israel de esta parte del Jordán en el desierto, en el llano delante del mar Bermejo, entre Parán, y Thopel, y Labán, y Haseroth, y Dizahab.
Levantaos ahora, y pasad el arroyo de Zered. Y pasamos el arroyo de Zered.
Y á los Heveos que habitaban en Haserin hasta Gaza, los Caftoreos que salieron de Caftor los destruyeron, y habitaron en su lugar.)
La comida me venderás por dinero, y comeré: el agua también me darás por dinero, y beberé: solamente pasaré á pie;
Y Jehová nuestro Dios entregó también en nuestra mano á Og rey de Basán, y á todo su pueblo, al cual herimos hasta no quedar de él ninguno.
Mandé también á Josué entonces, diciendo: Tus ojos vieron todo lo que Jehová vuestro Dios ha hecho á aquellos dos reyes: así hará Jehová á todos los reinos á los cuales pasarás tú.
No añadiréis á la palabra que yo os mando, ni disminuiréis de ella, para que guardéis los mandamientos de Jehová vuestro Dios que yo os ordeno.
E hice un arca de madera de Sittim, y labré dos tablas de piedra como las primeras, y subí al monte con las dos tablas en mi mano.
Y comprended hoy: porque no hablo con vuestros hijos que no han sabido ni visto el castigo de Jehová vuestro Dios, su grandeza, su mano fuerte, y su brazo extendido,
Y será que, si obedeciereis cuidadosamente mis mandamientos que yo os prescribo hoy, amando á Jehová vuestro Dios, y sirviéndolo con todo vuestro corazón, y con toda vuestra alma,
Ten cuidado de no desamparar al Levita en todos tus días sobre tu tierra.
No la comerás: en tierra la derramarás como agua.
Porque eres pueblo santo á Jehová tu Dios, y Jehová te ha escogido para que le seas un pueblo singular de entre todos los pueblos que están sobre la haz de la tierra.
Al cabo de cada tres años sacarás todo el diezmo de tus productos de aquel año, y lo guardarás en tus ciudades:
No sacrificarás á Jehová tu Dios buey, ó cordero, en el cual haya falta ó alguna cosa mala: porque es abominación á Jehová tu Dios.
Y no perdonará tu ojo: vida por vida, ojo por ojo, diente por diente, mano por mano, pie por pie.
Mas el árbol que supieres que no es árbol para comer, lo destruirás y lo talarás, y construye baluarte contra la ciudad que pelea contigo, hasta sojuzgarla.
La meterás en tu casa; y ella raerá su cabeza, y cortará sus uñas,
Cuando se sorprendiere alguno echado con mujer casada con marido, entrambos morirán, el hombre que se acostó con la mujer, y la mujer: así quitarás el mal de Israel.
Y tendrás un lugar fuera del real, y saldrás allá fuera;
Y Jehová te ha ensalzado hoy para que le seas su peculiar pueblo, como él te lo ha dicho, y para que guardes todos sus mandamientos;
Oirás pues la voz de Jehová tu Dios, y cumplirás sus mandamientos y sus estatutos, que yo te ordeno hoy.
Jehová llevará á ti, y á tu rey que hubieres puesto sobre ti, á gente que no conociste tú ni tus padres; y allá servirás á dioses ajenos, al palo y á la piedra.
Jehová traerá sobre ti gente de lejos, del cabo de la tierra, que vuele como águila, gente cuya lengua no entiendas;
Y Jehová no os dió corazón para entender, ni ojos para ver, ni oídos para oir, hasta el día de hoy.
Vuestros niños, vuestras mujeres, y tus extranjeros que habitan en medio de tu campo, desde el que corta tu leña hasta el que saca tus aguas:
Y volverte ha Jehová tu Dios á la tierra que heredaron tus padres, y la poseerás; y te hará bien, y te multiplicará más que á tus padres.
Empero yo esconderé ciertamente mi rostro en aquel día, por todo el mal que ellos habrán hecho, por haberse vuelto á dioses ajenos.
Tomad este libro de la ley, y ponedlo al lado del arca del pacto de Jehová vuestro Dios, y esté allí por testigo contra ti.
Goteará como la lluvia mi doctrina; destilará como el rocío mi razonamiento; como la llovizna sobre la grama, y como las gotas sobre la hierba:
Porque la parte de Jehová es su pueblo; Jacob la cuerda de su heredad.
Como el águila despierta su nidada, revolotea sobre sus pollos, extiende sus alas, los toma, los lleva sobre sus plumas:
Que la roca de ellos no es como nuestra Roca: y nuestros enemigos sean de ello jueces.
Porque de la vid de Sodoma es la vid de ellos, y de los sarmientos de Gomorra: las uvas de ellos son uvas ponzoñosas, racimos muy amargos tienen.
Verás por tanto delante de ti la tierra; mas no entrarás allá, á la tierra que doy á los hijos de Israel.
Y lloraron los hijos de Israel á Moisés en los campos de Moab treinta días: y así se cumplieron los días del lloro del luto de Moisés.
Y en toda aquella mano esforzada, y en todo el espanto grande que causó Moisés á ojos de todo Israel.
Y caminando ellos, llegaron al monte, y estuvieron allí tres días, hasta que los que los seguían se hubiesen vuelto: y los que los siguieron, buscaron por todo el camino, mas no los hallaron.
Y el maná cesó el día siguiente, desde que comenzaron á comer del fruto de la tierra: y los hijos de Israel nunca más tuvieron maná, sino que comieron de los frutos de la tierra de Canaán aquel año.
Y el Príncipe del ejército de Jehová respondió á Josué: Quita tus zapatos de tus pies; porque el lugar donde estás es santo. Y Josué lo hizo así.
Y levantándose Josué muy de mañana, revistó al pueblo, y subió él, con los ancianos de Israel, delante del pueblo contra Hai.
Y tomaron vivo al rey de Hai, y trajéronle á Josué.
Vosotros pues ahora sois malditos, y no faltará de vosotros siervo, y quien corte la leña y saque el agua para la casa de mi Dios.
Y él lo hizo así; que los libró de la mano de los hijos de Israel, para que no los matasen.
Y después de esto Josué los hirió y los mató, é hízolos colgar en cinco maderos: y quedaron colgados en los maderos hasta la tarde.
El rey de Jarmuth, otro: el rey de Lachîs, otro:
Y Chîriataim, y Sibma, y Zerethshahar en el monte del valle;
Y Cabón, y Lamas, y Chîtlis,
En el desierto, Beth-araba, Middín, y Sechâchâ,
Empero cuando los hijos de Israel tomaron fuerzas, hicieron tributario al Cananeo, mas no lo echaron.
Y llega este término hasta Tabor, y Sahasim, y Beth-semes; y sale su término al Jordán: diez y seis ciudades con sus aldeas.
La sexta suerte salió por los hijos de Nephtalí, por los hijos de Nephtalí conforme á sus familias.
Y Jehová desbarató á Sísara, y á todos sus carros y á todo su ejército, á filo de espada delante de Barac: y Sísara descendió del carro, y huyó á pie.
Y aquel día cantó Débora, con Barac, hijo de Abinoam, diciendo:
Y asentando campo contra ellos destruían los frutos de la tierra, hasta llegar á Gaza; y no dejaban qué comer en Israel, ni ovejas, ni bueyes, ni asnos.
Y estuviéronse en sus lugares en derredor del campo: y todo el campo fué alborotado, y huyeron gritando.
Y juntándose los de Israel, de Nephtalí, y de Aser, y de todo Manasés, siguieron á los Madianitas.
Y reunidos todos los de Sichêm con toda la casa de Millo, fueron y eligieron á Abimelech por rey, cerca de la llanura del pilar que estaba en Sichêm.
Y después que Abimelech hubo dominado sobre Israel tres años,
Como oyeron esto todos los que estaban en la torre de Sichêm, entráronse en la fortaleza del templo del dios Berith.
Tras él se levantó Jair, Galaadita, el cual juzgó á Israel veintidós años.
Empero Jehová el Dios de Israel entregó á Sehón y á todo su pueblo en mano de Israel, y venciólos: y poseyó Israel toda la tierra del Amorrheo que habitaba en aquel país.
Y aconteció que, apretándole ella cada día con sus palabras é importunándole, su alma fué reducida á mortal angustia.
Y el cabello de su cabeza comenzó á crecer, después que fué rapado.
Y partiendo los de Dan de allí, de Sora y de Esthaol, seiscientos hombres armados de armas de guerra,
Y llegándose allá, vinieron á la casa del joven Levita en casa de Michâs, y preguntáronle cómo estaba.
Y los seiscientos hombres, que eran de los hijos de Dan, estaban armados de sus armas de guerra á la entrada de la puerta.
Y los hijos de Dan le dijeron: No des voces tras nosotros, no sea que los de ánimo colérico os acometan, y pierdas también tu vida, y la vida de los tuyos.
Y metiéndolos en su casa, dió de comer á sus asnos; y ellos se lavaron los pies, y comieron y bebieron.
Y al día siguiente el pueblo se levantó de mañana, y edificaron allí altar, y ofrecieron holocaustos y pacíficos.
Volveos, hijas mías, é idos; que yo ya soy vieja para ser para varón. Y aunque dijese: Esperanza tengo; y esta noche fuese con varón, y aun pariese hijos;
Y el criado, sobrestante de los segadores, respondió y dijo: Es la moza de Moab, que volvió con Noemi de los campos de Moab;
Y espigó en el campo hasta la tarde, y desgranó lo que había cogido, y fué como un epha de cebada.
Y Samuel creció, y Jehová fué con él, y no dejó caer á tierra ninguna de sus palabras.
Y dijeron los de Beth-semes: ¿Quién podrá estar delante de Jehová el Dios santo? ¿y á quién subirá desde nosotros?
Samuel recitó luego al pueblo el derecho del reino, y escribiólo en un libro, el cual guardó delante de Jehová.
Pero los impíos dijeron: ¿Cómo nos ha de salvar éste? Y tuviéronle en poco, y no le trajeron presente: mas él disimuló.
Y el espíritu de Dios arrebató á Saúl en oyendo estas palabras, y encendióse en ira en gran manera.
Y contólos en Bezec; y fueron los hijos de Israel trescientos mil, y treinta mil los hombres de Judá.
Mas si nos dijeren así: Subid á nosotros: entonces subiremos, porque Jehová los ha entregado en nuestras manos: y esto nos será por señal.
Y subió Jonathán trepando con sus manos y sus pies, y tras él su paje de armas; y los que caían delante de Jonathán, su paje de armas que iba tras él, los mataba.
Y el rey se sentó en su silla, como solía, en el asiento junto á la pared, y Jonathán se levantó, y sentóse Abner al lado de Saúl, y el lugar de David estaba vacío.
Y á Nob, ciudad de los sacerdotes, puso á cuchillo: así á hombres como á mujeres, niños y mamantes, bueyes y asnos y ovejas, todo á cuchillo.
Y acontecerá que cuando Jehová hiciere con mi señor conforme á todo el bien que ha hablado de ti, y te mandare que seas caudillo sobre Israel,
Y vinieron los Zipheos á Saúl en Gabaa, diciendo: ¿No está David escondido en el collado de Hachîla delante del desierto?
Las dos mujeres de David, Ahinoam Jezreelita y Abigail la que fué mujer de Nabal del Carmelo, también eran cautivas.
Y David consultó á Jehová, diciendo: ¿Seguiré esta tropa? ¿podréla alcanzar? Y él le dijo: Síguela, que de cierto la alcanzarás, y sin falta librarás la presa.
Y David dijo: No hagáis eso, hermanos míos, de lo que nos ha dado Jehová; el cual nos ha guardado, y ha entregado en nuestras manos la caterva que vino sobre nosotros.
Y agravóse la batalla sobre Saúl, y le alcanzaron los flecheros; y tuvo gran temor de los flecheros.
Hijas de Israel, llorad sobre Saúl, que os vestía de escarlata en regocijos, que adornaba vuestras ropas con ornamentos de oro.
Y cada uno echó mano de la cabeza de su compañero, y metióle su espada por el costado, cayendo así á una; por lo que fué llamado aquel lugar, Helcath-assurim, el cual está en Gabaón.
Entonces Abner le dijo: Apártate á la derecha ó á la izquierda, y agárrate alguno de los mancebos, y toma para ti sus despojos. Pero Asael no quiso apartarse de en pos de él.
Estos son los nombres de los que le nacieron en Jerusalem: Sammua, y Sobab, y Nathán, y Salomón,
Ciertamente no he habitado en casas desde el día que saqué á los hijos de Israel de Egipto hasta hoy, sino que anduve en tienda y en tabernáculo.
Después de esto aconteció, que David hirió á los Filisteos, y los humilló: y tomó David á Methegamma de mano de los Filisteos.
Entonces el rey le dijo: ¿Y ése dónde está? Y Siba respondió al rey: He aquí, está en casa de Machîr hijo de Amiel, en Lodebar.
Y saliendo los hijos de Ammón, ordenaron sus escuadrones á la entrada de la puerta: mas los Siros de Soba, y de Rehob, y de Is-tob, y de Maaca, estaban de por sí en el campo.
Entregó luego lo que quedó del pueblo en mano de Abisai su hermano, y púsolo en orden para encontrar á los Ammonitas.
Y mandó al mensajero, diciendo: Cuando acabares de contar al rey todos los negocios de la guerra,
Y estaba Amnón angustiado hasta enfermar, por Thamar su hermana: porque por ser ella virgen, parecía á Amnón que sería cosa dificultosa hacerle algo.
Y como Absalom lo importunase, dejó ir con él á Amnón y á todos los hijos del rey.
Y he aquí que están con ellos sus dos hijos, Ahimaas el de Sadoc, y Jonathán el de Abiathar: por mano de ellos me enviaréis aviso de todo lo que oyereis.
Entonces el rey dijo á Siba: He aquí, sea tuyo todo lo que tiene Mephi-boseth. Y respondió Siba inclinándose: Rey señor mío, halle yo gracia delante de ti.
Y echando piedras contra David, y contra todos los siervos del rey David: y todo el pueblo, y todos los hombres valientes estaban á su diestra y á su siniestra.
Quizá mirará Jehová á mi aflicción, y me dará Jehová bien por sus maldiciones de hoy.
Y respondió Joab: Hoy no llevarás las nuevas: las llevarás otro día: no darás hoy la nueva, porque el hijo del rey es muerto.
Atravesó después la barca para pasar la familia del rey, y para hacer lo que le pluguiera. Entonces Semei hijo de Gera se postró delante del rey cuando él había pasado el Jordán.
Los extraños titubeaban á mí: en oyendo, me obedecían.
Y tres de los treinta principales descendieron y vinieron en tiempo de la siega á David á la cueva de Adullam: y el campo de los Filisteos estaba en el valle de Raphaim.
Samma de Harodi, Elica de Harodi;
Ira de Ithri, Gareb de Ithri;
Y envió Jehová pestilencia á Israel desde la mañana hasta el tiempo señalado: y murieron del pueblo, desde Dan hasta Beer-seba, setenta mil hombres.
Mas ni á mí tu siervo, ni á Sadoc sacerdote, ni á Benaía hijo de Joiada, ni á Salomón tu siervo, ha convidado.
El hijo de Hesed, en Aruboth; éste tenía también á Sochô y toda la tierra de Ephet.
Semei hijo de Ela, en Benjamín;
Y envió Hiram á decir á Salomón: He oído lo que me mandaste á decir: yo haré todo lo que te pluguiere acerca de la madera de cedro, y la madera de haya.
La altura del uno era de diez codos, y asimismo el otro.
Y todas las puertas y postes eran cuadrados: y las unas ventanas estaban frente á las otras en tres órdenes.
De allí arriba eran también piedras de precio, labradas conforme á sus medidas, y obra de cedro.
Todo lo hizo fundir el rey en la llanura del Jordán, en tierra arcillosa, entre Succoth y Sarthán.
El peso del oro que Salomón tenía de renta cada un año, era seiscientos sesenta y seis talentos de oro;
Y así hizo para todas sus mujeres extranjeras, las cuales quemaban perfumes, y sacrificaban á sus dioses.
Porque cuando David estaba en Edom, y subió Joab el general del ejército á enterrar los muertos, y mató á todos los varones de Edom,
Mas el varón de Dios dijo al rey: Si me dieses la mitad de tu casa, no iría contigo, ni comería pan ni bebería agua en este lugar;
Porque por palabra de Dios me ha sido dicho: No comas pan ni bebas agua allí, ni vuelvas por el camino que fueres.
Y habló á sus hijos, y díjoles: Enalbardadme un asno. Y ellos se lo enalbardaron.
Los otros hechos de Jeroboam, qué guerras hizo, y cómo reinó, todo está escrito en el libro de las historias de los reyes de Israel.
Y hubo guerra entre Roboam y Jeroboam todos los días.
Y él fué, é hizo conforme á la palabra de Jehová; pues se fué y asentó junto al arroyo de Cherith, que está antes del Jordán.
Y viéndolo todo el pueblo, cayeron sobre sus rostros, y dijeron: ¡Jehová es el Dios! ¡Jehová es el Dios!
Y dijo á su criado: Sube ahora, y mira hacia la mar. Y él subió, y miró, y dijo: No hay nada. Y él le volvió á decir: Vuelve siete veces.
Y partiéndose él de allí, halló á Eliseo hijo de Saphat, que araba con doce yuntas delante de sí; y él era uno de los doce gañanes. Y pasando Elías por delante de él, echó sobre él su manto.
Y el rey de Israel se fué á su casa triste y enojado, y llegó á Samaria.
Y aconteció que por la mañana, cuando se ofrece el sacrificio, he aquí vinieron aguas por el camino de Idumea, y la tierra fué llena de aguas.
Y él le dijo: A este tiempo según el tiempo de la vida, abrazarás un hijo. Y ella dijo: No, señor mío, varón de Dios, no hagas burla de tu sierva.
Y habiéndole él tomado, y traídolo á su madre, estuvo sentado sobre sus rodillas hasta medio día, y murióse.
Y dijo la madre del niño: Vive Jehová, y vive tu alma, que no te dejaré.
El entonces descendió, y zambullóse siete veces en el Jordán, conforme á la palabra del varón de Dios: y su carne se volvió como la carne de un niño, y fué limpio.
Y cuando el rey de Israel los hubo visto, dijo á Eliseo: ¿Herirélos, padre mío?
De treinta y dos años era cuando comenzó á reinar, y ocho años reinó en Jerusalem.
Y los sacerdotes consintieron en no tomar más dinero del pueblo, ni tener cargo de reparar las aberturas del templo.
Y murió Eliseo, y sepultáronlo. Entrado el año vinieron partidas de Moabitas á la tierra.
En el año segundo de Joas hijo de Joachâz rey de Israel, comenzó á reinar Amasías hijo de Joas rey de Judá.
Y Jehová no había determinado raer el nombre de Israel de debajo del cielo: por tanto, los salvó por mano de Jeroboam hijo de Joas.
En el año nueve de Oseas tomó el rey de Asiria á Samaria, y trasportó á Israel á Asiria, y púsolos en Hala, y en Habor, junto al río de Gozán, y en las ciudades de los Medos.
Hasta tanto que Jehová quitó á Israel de delante de su rostro, como lo había él dicho por mano de todos los profetas sus siervos: é Israel fué trasportado de su tierra á Asiria, hasta hoy.
Empero ellos no escucharon; antes hicieron según su costumbre antigua.
En el tercer año de Oseas hijo de Ela rey de Israel, comenzó á reinar Ezechîas hijo de Achâz rey de Judá.
Porque se llegó á Jehová, y no se apartó de él, sino que guardó los mandamientos que Jehová prescribió á Moisés.
Entonces descompuso Ezechîas las puertas del templo de Jehová, y los quiciales que el mismo rey Ezechîas había cubierto de oro, y diólo al rey de Asiria.
Dices, (por cierto palabras de labios): Consejo tengo y esfuerzo para la guerra. Mas ¿en qué confías, que te has rebelado contra mí?
Y extenderé sobre Jerusalem el cordel de Samaria, y el plomo de la casa de Achâb: y yo limpiaré á Jerusalem como se limpia una escudilla, que después que la han limpiado, la vuelven sobre su haz.
Y anduvo en todos los caminos en que su padre anduvo, y sirvió á las inmundicias á las cuales había servido su padre, y á ellas adoró;
Y ella les dijo: Así ha dicho Jehová el Dios de Israel: Decid al varón que os envió á mí:
Dan, José, Benjamín, Nephtalí, Gad, y Aser.
El sexto Osem, el séptimo David:
Y Sema engendró á Raham, padre de Jorcaam; y Recem engendró á Sammai.
Y los hijos de Sobal padre de Chîriath-jearim fueron Haroeh, la mitad de los Manahethitas.
Y habitaron en Beer-seba, y en Molada, y en Hasar-sual,
Joel, y Jehú hijo de Josibias, hijo de Seraíah, hijo de Aziel;
Los hijos de Amram: Aarón, Moisés, y Mariam. Los hijos de Aarón: Nadab, Abiú, Eleazar, é Ithamar.
Y Azarías engendró á Seraíah, y Seraíah engendró á Josadec.
Los hijos de Coath: Amram, Ishar, Hebrón, y Uzziel.
Adaías, Baraías, y Simrath, hijos de Simi;
Y los hijos de Esec su hermano: Ulam su primogénito, Jehus el segundo, Elipheleth el tercero.
Y de los hijos de Zara, Jehuel y sus hermanos, seiscientos noventa.
Y estaban los porteros á los cuatro vientos, al oriente, al occidente, al septentrión, y al mediodía.
Y Asel tuvo seis hijos, los nombres de los cuales son: Azricam, Bochru, Ismael, Seraía, Obadías, y Hanán: estos fueron los hijos de Asel.
Levantáronse todos los hombres valientes, y tomaron el cuerpo de Saúl, y los cuerpos de sus hijos, y trajéronlos á Jabes; y enterraron sus huesos debajo del alcornoque en Jabes, y ayunaron siete días.
Y fué el más honrado de los treinta, mas no llegó á los tres primeros. A éste puso David en su consejo.
Ira hijo de Acces Tecoita, Abiezer Anathothita;
Tú has constituído á tu pueblo Israel por pueblo tuyo para siempre; y tú, Jehová, has venido á ser su Dios.
Después mandó David que se juntasen los extranjeros que estaban en la tierra de Israel, y señaló de ellos canteros que labrasen piedras para edificar la casa de Dios.
Los hijos de Moisés fueron Gersón y Eliezer.
La quinta á Nethanías, con sus hijos y sus hermanos, doce;
La vigésimatercia á Mahazioth, con sus hijos y sus hermanos, doce;
La vigésimacuarta á Romamti-ezer, con sus hijos y sus hermanos, doce.
Estos son los repartimientos de los porteros, hijos de los Coraitas, y de los hijos de Merari.
De Judá, Eliú, uno de los hermanos de David; de los de Issachâr, Omri hijo de Michâel;
Determinó pues Salomón edificar casa al nombre de Jehová, y otra casa para su reino.
Y comenzó á edificar en el mes segundo, á dos del mes, en el cuarto año de su reinado.
Hizo también las basas, sobre las cuales asentó las fuentes;
En el arca no había sino las dos tablas que Moisés había puesto en Horeb, con las cuales Jehová había hecho alianza con los hijos de Israel, después que salieron de Egipto.
Yo confirmaré el trono de tu reino, como concerté con David tu padre, diciendo: No faltará varón de ti que domine en Israel.
Y ellos le hablaron, diciendo: Si te condujeres humanamente con este pueblo, y los agradares, y les hablares buenas palabras, ellos te servirán perpetuamente.
Y á Adoraim, y á Lachîs, y á Acechâ,
Y Jehová deshizo los Etiopes delante de Asa y delante de Judá; y huyeron los Etiopes.
Y vinieron á Jerusalem con salterios, arpas, y bocinas, á la casa de Jehová.
He aquí Jehová herirá tu pueblo de una grande plaga, y á tus hijos y á tus mujeres, y á toda tu hacienda;
Y á ti con muchas enfermedades, con enfermedad de tus entrañas, hasta que las entrañas se te salgan á causa de la enfermedad de cada día.
Y vivió Amasías hijo de Joas, rey de Judá, quince años después de la muerte de Joas hijo de Joachâz rey de Israel.
Y entró tras él el sacerdote Azarías, y con él ochenta sacerdotes de Jehová, de los valientes.
A Jehová el Dios de sus padres, aunque no esté purificado según la purificación del santuario.
Levantándose después los sacerdotes y Levitas, bendijeron al pueblo: y la voz de ellos fué oída, y su oración llegó á la habitación de su santuario, al cielo.
Y clamaron á gran voz en judaico al pueblo de Jerusalem que estaba en los muros, para espantarlos y ponerles temor, para tomar la ciudad.
Esta pascua fué celebrada en el año dieciocho del rey Josías.
También llevó Nabucodonosor á Babilonia de los vasos de la casa de Jehová, y púsolos en su templo en Babilonia.
E hizo lo malo en ojos de Jehová su Dios, y no se humilló delante de Jeremías profeta, que le hablaba de parte de Jehová.
Los hijos de Azgad, mil doscientos veinte y dos;
Los hijos de Lebana, los hijos de Hagaba, los hijos de Accub;
Y habitaron los sacerdotes, y los Levitas, y los del pueblo, y los cantores, y los porteros y los Nethineos, en sus ciudades; y todo Israel en sus ciudades.
Y de los hijos de Bebai, Zacarías, hijo de Bebai, y con él veintiocho varones;
Los sacerdotes pues y Levitas recibieron el peso de la plata y del oro y de los vasos, para traerlo á Jerusalem á la casa de nuestro Dios.
Y de los hijos de Immer: Hanani y Zebadías.
Y de los hijos de Phasur: Elioenai, Maasías, Ismael, Nathanael, Jozabad, y Elasa.
Palabras de Nehemías, hijo de Hachâlías. Y acaeció en el mes de Chisleu, en el año veinte, estando yo en Susán, capital del reino,
Y díjome el rey: ¿Qué cosa pides? Entonces oré al Dios de los cielos,
Y sucedió que como oyeron nuestros enemigos que lo habíamos entendido, Dios disipó el consejo de ellos, y volvímonos todos al muro, cada uno á su obra.
Y dije: No es bien lo que hacéis, ¿no andaréis en temor de nuestro Dios, por no ser el oprobio de las gentes enemigas nuestras?
Acuérdate de mí para bien, Dios mío, y de todo lo que hice á este pueblo.
Y lo que dió el resto del pueblo fué veinte mil dracmas de oro, y dos mil libras de plata, y sesenta y siete vestiduras sacerdotales.
Y dividiste la mar delante de ellos, y pasaron por medio de ella en seco; y á sus perseguidores echaste en los profundos, como una piedra en grandes aguas.
Odaía, Hasum, Besai,
Lohes, Pilha, Sobec,
Y Sabethai y Jozabad, de los principales de los Levitas, sobrestantes de la obra exterior de la casa de Dios;
De Esdras, Mesullam; de Amarías, Johanán;
Estos fueron en los días de Joiacim, hijo de Jesuá, hijo de Josadac, y en los días del gobernador Nehemías, y del sacerdote Esdras, escriba.
Y de la casa de Gilgal, y de los campos de Geba, y de Azmaveth; porque los cantores se habían edificado aldeas alrededor de Jerusalem.
Y el segundo coro iba del lado opuesto, y yo en pos de él, con la mitad del pueblo sobre el muro, desde la torre de los Hornos hasta el muro ancho;
Por cuanto no salieron á recibir á los hijos de Israel con pan y agua, antes alquilaron á Balaam contra ellos, para que los maldijera: mas nuestro Dios volvió la maldición en bendición.
Mas la reina Vasthi no quiso comparecer á la orden del rey, enviada por mano de los eunucos; y enojóse el rey muy mucho, y encendióse en él su ira.
Salió pues Atach á Mardochêo, á la plaza de la ciudad que estaba delante de la puerta del rey.
Y dijo el rey: ¿Qué honra ó que distinción se hizo á Mardochêo por esto? Y respondieron los servidores del rey, sus oficiales: Nada se ha hecho con él.
En un mismo día en todas las provincias del rey Assuero, en el trece del mes duodécimo, que es el mes de Adar.
Y el mandamiento de Esther confirmó estas palabras dadas acerca de Purim, y escribióse en el libro.
Entonces Job se levantó, y rasgó su manto, y trasquiló su cabeza, y cayendo en tierra adoró;
En todo esto no pecó Job, ni atribuyó á Dios despropósito alguno.
Mas extiende ahora tu mano, y toca á su hueso y á su carne, y verás si no te blasfema en tu rostro.
Perezca el día en que yo nací, y la noche que se dijo: Varón es concebido.
Sea aquel día sombrío, y Dios no cuide de él desde arriba, ni claridad sobre él resplandezca.
Empero como las centellas se levantan para volar por el aire, así el hombre nace para la aflicción.
Y tu principio habrá sido pequeño, y tu postrimería acrecerá en gran manera.
¿No te enseñarán ellos, te dirán, y de su corazón sacarán palabras?
Bien que yo fuese íntegro, no conozco mi alma: reprocharé mi vida.
¿No son mis días poca cosa? Cesa pues, y déjame, para que me conforte un poco.
Prosperan las tiendas de los ladrones, y los que provocan á Dios viven seguros; en cuyas manos él ha puesto cuanto tienen.
Con él está la fortaleza y la existencia; suyo es el que yerra, y el que hace errar.
Oid ahora mi razonamiento, y estad atentos á los argumentos de mis labios.
Pues ahora me cuentas los pasos, y no das tregua á mi pecado.
Mas su carne sobre él se dolerá, y entristecerse ha en él su alma.
Entre nosotros también hay cano, también hay viejo mucho mayor en días que tu padre.
(Lo que los sabios nos contaron de sus padres, y no lo encubrieron;
No enriquecerá, ni será firme su potencia, ni extenderá por la tierra su hermosura.
Porque á éstos has tú escondido su corazón de inteligencia: por tanto, no los ensalzarás.
Y mis ojos se oscurecieron de desabrimiento, y mis pensamientos todos son como sombra.
Los rectos se maravillarán de esto, y el inocente se levantará contra el hipócrita.
En su tienda morará como si no fuese suya: piedra azufre será esparcida sobre su morada.
Hame despojado de mi gloria, y quitado la corona de mi cabeza.
Yo sé que mi Redentor vive, y al fin se levantará sobre el polvo:
La reprensión de mi censura he oído, y háceme responder el espíritu de mi inteligencia.
Igualmente yacerán ellos en el polvo, y gusanos los cubrirán.
Y tendrás más oro que tierra, y como piedras de arroyos oro de Ophir;
Porque entonces te deleitarás en el Omnipotente, y alzarás á Dios tu rostro.
He aquí, estas son partes de sus caminos: ¡mas cuán poco hemos oído de él! Porque el estruendo de sus fortalezas, ¿quién lo detendrá?
A las tinieblas puso término, y examina todo á la perfección, las piedras que hay en la oscuridad y en la sombra de muerte.
Mas ahora los más mozos de días que yo, se ríen de mí; cuyos padres yo desdeñara ponerlos con los perros de mi ganado.
Mas él no extenderá la mano contra el sepulcro; ¿clamarán los sepultados cuando él los quebrantare?
Péseme Dios en balanzas de justicia, y conocerá mi integridad.
Si fué mi corazón engañado acerca de mujer, y si estuve acechando á la puerta de mi prójimo:
¿Hase de decir al rey: Perverso; y á los príncipes: Impíos?
He aquí que la esperanza acerca de él será burlada: porque aun á su sola vista se desmayarán.
Estarán los reyes de la tierra, y príncipes consultarán unidos contra Jehová, y contra su ungido, diciendo:
Por cuanto se alaba el malo del deseo de su alma, y bendice al codicioso, á quien Jehová aborrece.
Guárdame como lo negro de la niñeta del ojo, escóndeme con la sombra de tus alas,
Parecen al león que desea hacer presa, y al leoncillo que está escondido.
Y envió sus saetas, y desbaratólos; y echó relámpagos, y los destruyó.
Tu siervo es además amonestado con ellos: en guardarlos hay grande galardón.
Sobre ti fuí echado desde la matriz: desde el vientre de mi madre, tú eres mi Dios.
Sálvame de la boca del león, y óyeme librándome de los cuernos de los unicornios.
Aunque se asiente campo contra mí, no temerá mi corazón: aunque contra mí se levante guerra, yo en esto confío.
Inclina á mí tu oído, líbrame presto; séme por roca de fortaleza, por casa fuerte para salvarme.
Porque tú eres mi roca y mi castillo; y por tu nombre me guiarás, y me encaminarás.
No seáis como el caballo, ó como el mulo, sin entendimiento: con cabestro y con freno su boca ha de ser reprimida, para que no lleguen á ti.
El junta como en un montón las aguas de la mar: él pone en depósitos los abismos.
Júzgame conforme á tu justicia, Jehová Dios mío; y no se alegren de mí.
Estoy encorvado, estoy humillado en gran manera, ando enlutado todo el día.
Ciertamente en tinieblas anda el hombre; ciertamente en vano se inquieta: junta, y no sabe quién lo allegará.
Con castigos sobre el pecado corriges al hombre, y haces consumirse como de polilla su grandeza: ciertamente vanidad es todo hombre. (Selah.)
Déjame, y tomaré fuerzas, antes que vaya y perezca.
Sacrificio y presente no te agrada; has abierto mis oídos; holocausto y expiación no has demandado.
El hacer tu voluntad, Dios mío, hame agradado; y tu ley está en medio de mis entrañas.
Aun el hombre de mi paz, en quien yo confiaba, el que de mi pan comía, alzó contra mí el calcañar.
Júzgame, oh Dios, y aboga mi causa: líbrame de gente impía, del hombre de engaño é iniquidad.
Por medio de ti sacudiremos á nuestros enemigos: en tu nombre atropellaremos á nuestros adversarios.
En Dios nos gloriaremos todo tiempo, y para siempre loaremos tu nombre. (Selah.)
Que hace cesar las guerras hasta los fines de la tierra: que quiebra el arco, corta la lanza, y quema los carros en el fuego.
Porque mía es toda bestia del bosque, y los millares de animales en los collados.
Agravios hay en medio de ella, y el fraude y engaño no se apartan de sus plazas.
Yo á Dios clamaré; y Jehová me salvará.
En el día que temo, yo en ti confío.
¿Escaparán ellos por la iniquidad? Oh Dios, derriba en tu furor los pueblos.
Alabarte he en los pueblos, oh Señor; cantaré de ti en las naciones.
Porque grande es hasta los cielos tu misericordia, y hasta las nubes tu verdad.
Holocaustos de cebados te ofreceré, con perfume de carneros: sacrificaré bueyes y machos cabríos. (Selah.)
La tierra dará su fruto: nos bendecirá Dios, el Dios nuestro.
Subiste á lo alto, cautivaste la cautividad, tomaste dones para los hombres, y también para los rebeldes, para que habite entre ellos JAH Dios.
Al Músico principal: sobre Sosannim: Salmo de David. Sálvame, oh Dios, porque las aguas han entrado hasta el alma.
Hanse aumentado más que los cabellos de mi cabeza los que me aborrecen sin causa; hanse fortalecido mis enemigos, los que me destruyen sin por qué: he venido pues á pagar lo que no he tomado.
Porque por amor de ti he sufrido afrenta; confusión ha cubierto mi rostro.
He sido extrañado de mis hermanos, y extraño á los hijos de mi madre.
Hablaban contra mí los que se sentaban á la puerta, y me zaherían en las canciones de los bebedores de sidra.
Sácame del lodo, y no sea yo sumergido: sea yo libertado de los que me aborrecen, y del profundo de las aguas.
Sean avergonzados, fallezcan los adversarios de mi alma; sean cubiertos de vergüenza y de confusión los que mi mal buscan.
Oh Dios, enseñásteme desde mi mocedad; y hasta ahora he manifestado tus maravillas.
Delante de él se postrarán los Etiopes; y sus enemigos lamerán la tierra.
Bendito Jehová Dios, el Dios de Israel, que solo hace maravillas.
Tus enemigos han bramado en medio de tus sinagogas: han puesto sus divisas por señas.
Dijeron en su corazón: Destruyámoslos de una vez; han quemado todas las sinagogas de Dios en la tierra.
Acuérdate de esto: que el enemigo ha dicho afrentas á Jehová, y que el pueblo insensato ha blasfemado tu nombre.
Cuando yo tuviere tiempo, yo juzgaré rectamente.
Ciertamente la ira del hombre te acarreará alabanza: tú reprimirás el resto de las iras.
Y volvían, y tentaban á Dios, y ponían límite al Santo de Israel.
¿Hasta cuándo, oh Jehová? ¿has de estar airado para siempre? ¿arderá como fuego tu celo?
En la calamidad clamaste, y yo te libré: te respondí en el secreto del trueno; te probé sobre las aguas de Meriba. (Selah.)
No habrá en ti dios ajeno, ni te encorvarás á dios extraño.
Y Dios lo hubiera mantenido de grosura de trigo: y de miel de la piedra te hubiera saciado.
Que han dicho: Heredemos para nosotros las moradas de Dios.
Bienaventurados los que habitan en tu casa: perpetuamente te alabarán. (Selah.)
Perdonaste la iniquidad de tu pueblo; todos los pecados de ellos cubriste. (Selah.)
La justicia irá delante de él; y sus pasos pondrá en camino.
Ten misericordia de mí, oh Jehová: porque á ti clamo todo el día.
Tú quebrantaste á Rahab como á un muerto: con el brazo de tu fortaleza esparciste á tus enemigos.
Mi mano será firme con él, mi brazo también lo fortificará.
Aportillaste todos sus vallados; has quebrantado sus fortalezas.
Porque tus enemigos, oh Jehová, han deshonrado, porque tus enemigos han deshonrado los pasos de tu ungido.
No tendrás temor de espanto nocturno, ni de saeta que vuele de día;
Por cuanto en mí ha puesto su voluntad, yo también lo libraré: pondrélo en alto, por cuanto ha conocido mi nombre.
El hombre necio no sabe, y el insensato no entiende esto:
Venid, adoremos y postrémonos; arrodillémonos delante de Jehová nuestro hacedor.
Porque todos los dioses de los pueblos son ídolos: mas Jehová hizo los cielos.
Jehová reinó: regocíjese la tierra: alégrense las muchas islas.
Los cielos denunciaron su justicia, y todos los pueblos vieron su gloria.
Salmo de David. Misericordia y juicio cantaré: á ti cantaré yo, oh Jehová.
Y el vino que alegra el corazón del hombre, y el aceite que hace lucir el rostro, y el pan que sustenta el corazón del hombre.
Allí anidan las aves; en las hayas hace su casa la cigüeña.
Hizo la luna para los tiempos: el sol conoce su ocaso.
Hasta la hora que llegó su palabra, el dicho de Jehová le probó.
Púsolo por señor de su casa, y por enseñoreador en toda su posesión;
Hirió además á todos los primogénitos en su tierra, el principio de toda su fuerza.
Pidieron, é hizo venir codornices; y saciólos de pan del cielo.
Apresuráronse, olvidáronse de sus obras; no esperaron en su consejo.
Allegáronse asimismo á Baal-peor, y comieron los sacrificios de los muertos.
Contamináronse así con sus obras, y fornicaron con sus hechos.
Y entrególos en poder de las gentes, y enseñoreáronse de ellos los que los aborrecían.
Hizo asimismo tuviesen de ellos misericordia todos los que los tenían cautivos.
Envió su palabra, y curólos, y librólos de su ruina.
Por lo cual no resbalará para siempre: en memoria eterna será el justo.
Desde el nacimiento del sol hasta donde se pone, sea alabado el nombre de Jehová.
Destruiste á los soberbios malditos, que se desvían de tus mandamientos.
Príncipes también se sentaron y hablaron contra mí: mas tu siervo meditaba en tus estatutos.
Quita de mí el oprobio que he temido: porque buenos son tus juicios.
Esta es mi consuelo en mi aflicción: porque tu dicho me ha vivificado.
Tórnense á mí los que te temen y conocen tus testimonios.
Tuyo soy yo, guárdame; porque he buscado tus mandamientos.
A toda perfección he visto fin: ancho sobremanera es tu mandamiento.
Guardado he tus mandamientos y tus testimonios; porque todos mis caminos están delante de ti.
Haya paz en tu antemuro, y descanso en tus palacios.
Ten misericordia de nosotros, oh Jehová, ten misericordia de nosotros; porque estamos muy hartos de menosprecio.
Cántico gradual: para Salomón. Si Jehová no edificare la casa, en vano trabajan los que la edifican: si Jehová no guardare la ciudad, en vano vela la guarda.
Como saetas en mano del valiente, así son los hijos habidos en la juventud.
Porque JAH ha escogido á Jacob para sí, á Israel por posesión suya.
A Sehón rey Amorrheo, porque para siempre es su misericordia;
Y por tu misericordia disiparás mis enemigos, y destruirás todos los adversarios de mi alma: porque yo soy tu siervo.
La hermosura de la gloria de tu magnificencia, y tus hechos maravillosos, hablaré.
El ensalzó el cuerno de su pueblo; alábenle todos sus santos, los hijos de Israel, el pueblo á él cercano. Aleluya.
Alabadle con címbalos resonantes: alabadle con címbalos de júbilo.
Para recibir el consejo de prudencia, justicia, y juicio y equidad;
Que se alegran haciendo mal, que se huelgan en las perversidades del vicio;
Hijo mío, no te olvides de mi ley; y tu corazón guarde mis mandamientos:
Porque largura de días, y años de vida y paz te aumentarán.
Porque yo fuí hijo de mi padre, delicado y único delante de mi madre.
Adorno de gracia dará á tu cabeza: corona de hermosura te entregará.
Ahora pues, hijos, oidme, y no os apartéis de las razones de mi boca.
Como cierva amada y graciosa corza, sus pechos te satisfagan en todo tiempo; y en su amor recréate siempre.
Porque el mandamiento es antorcha, y la enseñanza luz; y camino de vida las reprensiones de la enseñanza:
Porque los celos son el furor del hombre, y no perdonará en el día de la venganza.
Vi entre los simples, consideré entre los jóvenes, un mancebo falto de entendimiento,
Por tanto he salido á encontrarte, buscando diligentemente tu rostro, y te he hallado.
Porque á muchos ha hecho caer heridos; y aun los más fuertes han sido muertos por ella.
Las riquezas y la honra están conmigo; sólidas riquezas, y justicia.
Mató sus víctimas, templó su vino, y puso su mesa.
Envió sus criadas; sobre lo más alto de la ciudad clamó:
Los sabios guardan la sabiduría: mas la boca del loco es calamidad cercana.
La justicia guarda al de perfecto camino: mas la impiedad trastornará al pecador.
Todos los días del afligido son trabajosos: mas el de corazón contento tiene un convite continuo.
Adivinación está en los labios del rey: en juicio no prevaricará su boca.
El temor de Jehová es para vida; y con él vivirá el hombre, lleno de reposo; no será visitado de mal.
Mejor es vivir en un rincón de zaquizamí, que con la mujer rencillosa en espaciosa casa.
Hombre necesitado será el que ama el deleite: y el que ama el vino y ungüentos no enriquecerá.
Para los que se detienen mucho en el vino, para los que van buscando la mistura.
Como el gorrión en su vagar, y como la golondrina en su vuelo, así la maldición sin causa nunca vendrá.
El que aumenta sus riquezas con usura y crecido interés, para que se dé á los pobres lo allega.
Tres cosas me son ocultas; aun tampoco sé la cuarta:
¿Qué es lo que fué? Lo mismo que será. ¿Qué es lo que ha sido hecho? Lo mismo que se hará: y nada hay nuevo debajo del sol.
Lo torcido no se puede enderezar; y lo falto no puede contarse.
Tiempo de agenciar, y tiempo de perder; tiempo de guardar, y tiempo de arrojar;
¿Qué provecho tiene el que trabaja en lo que trabaja?
Todo el trabajo del hombre es para su boca, y con todo eso su alma no se harta.
Buena es la ciencia con herencia; y más á los que ven el sol.
Todas estas cosas probé con sabiduría, diciendo: Hacerme he sabio: mas ella se alejó de mí.
Como el lirio entre las espinas, así es mi amiga entre las doncellas.
Sustentadme con frascos, corroboradme con manzanas; porque estoy enferma de amor.
¡La voz de mi amado! He aquí él viene saltando sobre los montes, brincando sobre los collados.
Tus renuevos paraíso de granados, con frutos suaves, de cámphoras y nardos,
Mi amado descendió á su huerto, á las eras de los aromas, para apacentar en los huertos, y para coger los lirios.
Si Jehová de los ejércitos no hubiera hecho que nos quedasen muy cortos residuos, como Sodoma fuéramos, y semejantes á Gomorra.
Príncipes de Sodoma, oid la palabra de Jehová; escuchad la ley de nuestro Dios, pueblo de Gomorra.
Aprended á hacer bien; buscad juicio, restituid al agraviado, oid en derecho al huérfano, amparad á la viuda.
Las escofietas, y los atavíos de las piernas, los partidores del pelo, los pomitos de olor, y los zarcillos;
Su bramido como de león; rugirá á manera de leoncillos, rechinará los dientes, y arrebatará la presa; la apañara, y nadie se la quitará.
Y será que á causa de la abundancia de leche que darán, comerá manteca: cierto manteca y miel comerá el que quedare en medio de la tierra.
Y muchos tropezarán entre ellos, y caerán, y serán quebrantados: enredaránse, y serán presos.
He aquí, yo y los hijos que me dió Jehová, por señales y prodigios en Israel, de parte de Jehová de los ejércitos que mora en el monte de Sión.
Y el niño de teta se entretendrá sobre la cueva del áspid, y el recién destetado extenderá su mano sobre la caverna del basilisco.
Y se disipará la envidia de Ephraim, y los enemigos de Judá serán talados. Ephraim no tendrá envidia contra Judá, ni Judá afligirá á Ephraim;
Tú que decías en tu corazón: Subiré al cielo, en lo alto junto á las estrellas de Dios ensalzaré mi solio, y en el monte del testimonio me sentaré, á los lados del aquilón;
Y convertiréla en posesión de erizos, y en lagunas de agua; y la barreré con escobas de destrucción, dice Jehová de los ejércitos.
Que quebrantaré al Asirio en mi tierra, y en mis montes lo hollaré; y su yugo será apartado de ellos, y su carga será quitada de su hombro.
Y entregaré á Egipto en manos de señor duro; y rey violento se enseñoreará de ellos, dice el Señor Jehová de los ejércitos.
Los pescadores también se entristecerán; y harán duelo todos los que echan anzuelo en el río, y desfallecerán los que extienden red sobre las aguas.
Porque todas sus redes serán rotas: y se entristecerán todos los que hacen viveros para peces.
Y he aquí este carro de hombres viene, un par de caballeros. Después habló, y dijo: Cayó, cayó Babilonia; y todos los ídolos de sus dioses quebrantó en tierra.
Esto fué revelado á mis oídos de parte de Jehová de los ejércitos: Que este pecado no os será perdonado hasta que muráis, dice el Señor Jehová de los ejércitos.
También en el camino de tus juicios, oh Jehová, te hemos esperado: á tu nombre y á tu memoria es el deseo del alma.
Por tanto, Jehová que redimió á Abraham, dice así á la casa de Jacob: No será ahora confundido Jacob, ni su rostro se pondrá pálido;
Mas la fortaleza de Faraón se os tornará en vergüenza, y el amparo en la sombra de Egipto en confusión.
Ahora me levantaré, dice Jehová; ahora seré ensalzado, ahora seré engrandecido.
No verás á aquel pueblo espantable, pueblo de lengua oscura de entender, de lengua tartamuda que no comprendas.
Tus cuerdas se aflojaron; no afirmaron su mástil, ni entesaron la vela: repartiráse entonces presa de muchos despojos: los cojos arrebatarán presa.
He aquí que yo doy en él un espíritu, y oirá un rumor, y volveráse á su tierra: y yo haré que en su tierra caiga á cuchillo.
Jehová para salvarme; por tanto cantaremos nuestros salmos en la casa de Jehová todos los días de nuestra vida.
Todo valle sea alzado, y bájese todo monte y collado; y lo torcido se enderece, y lo áspero se allane.
He aquí que las naciones son reputadas como la gota de un acetre, y como el orín del peso: he aquí que hace desaparecer las islas como polvo.
Den gloria á Jehová, y prediquen sus loores en las islas.
No temáis, ni os amedrentéis: ¿no te lo hice oir desde antiguo, y te lo dije? Luego vosotros sois mis testigos. No hay Dios sino yo. No hay Fuerte: no conozco ninguno.
De ceniza se apacienta; su corazón engañado le desvía, para que no libre su alma, ni diga: ¿No hay una mentira á mi mano derecha?
Tus hijos desmayaron, estuvieron tendidos en las encrucijadas de todos los caminos, como buey montaraz en la red, llenos del furor de Jehová, de la ira del Dios tuyo.
Angustiado él, y afligido, no abrió su boca: como cordero fué llevado al matadero; y como oveja delante de sus trasquiladores, enmudeció, y no abrió su boca.
Tus ventanas pondré de piedras preciosas, tus puertas de piedras de carbunclo, y todo tu término de piedras de buen gusto.
A todos los sedientos: Venid á las aguas; y los que no tienen dinero, venid, comprad, y comed. Venid, comprad, sin dinero y sin precio, vino y leche.
Y esos perros ansiosos no conocen hartura; y los mismos pastores no supieron entender: todos ellos miran á sus caminos, cada uno á su provecho, cada uno por su cabo.
Y si derramares tu alma al hambriento, y saciares el alma afligida, en las tinieblas nacerá tu luz, y tu oscuridad será como el medio día;
No conocieron camino de paz, ni hay derecho en sus caminos: sus veredas son torcidas; cualquiera que por ellas fuere, no conocerá paz.
Mas los que lo allegaron lo comerán, y alabarán á Jehová; y los que lo cogieron, lo beberán en los atrios de mi santuario.
He aquí que Jehová hizo oir hasta lo último de la tierra: Decid á la hija de Sión: He aquí viene tu Salvador; he aquí su recompensa con él, y delante de él su obra.
¿El que los guió por la diestra de Moisés con el brazo de su gloria; el que rompió las aguas delante de ellos, haciéndose así nombre perpetuo?
No temas delante de ellos, porque contigo soy para librarte, dice Jehová.
Y á causa de toda su malicia, proferiré mis juicios contra los que me dejaron, é incensaron á dioses extraños, y á hechuras de sus manos se encorvaron.
Y dices: Porque soy inocente, de cierto su ira se apartó de mí. He aquí yo entraré en juicio contigo, porque dijiste: No he pecado.
Y dije después que hizo todo esto: Vuélvete á mí; mas no se volvió. Y vió la rebelde su hermana Judá,
Porque no hablé yo con vuestros padres, ni les mandé el día que los saqué de la tierra de Egipto, acerca de holocaustos y de víctimas:
Antes se fueron tras la imaginación de su corazón, y en pos de los Baales que les enseñaron sus padres:
¡Ay de mí, por mi quebrantamiento! mi llaga es muy dolorosa. Yo empero dije: Ciertamente enfermedad mía es esta, y debo sufrirla.
Por tanto, así ha dicho Jehová de los varones de Anathoth, que buscan tu alma, diciendo: No profetices en nombre de Jehová, y no morirás á nuestras manos:
Muchos pastores han destruído mi viña, hollaron mi heredad, tornaron en desierto y soledad mi heredad preciosa.
Bendito el varón que se fía en Jehová, y cuya confianza es Jehová.
Mas yo no me entrometí á ser pastor en pos de ti, ni deseé día de calamidad, tú lo sabes. Lo que de mi boca ha salido, fué en tu presencia.
Y el vaso que él hacía de barro se quebró en la mano del alfarero; y tornó é hízolo otro vaso, según que al alfarero pareció mejor hacerlo.
En un instante hablaré contra gentes y contra reinos, para arrancar, y disipar, y destruir.
Empero si esas gentes se convirtieren de su maldad, de que habré hablado, yo me arrepentiré del mal que había pensado hacerles.
Y saldrás al valle del hijo de Hinnom, que está á la entrada de la puerta oriental, y publicarás allí las palabras que yo te hablaré.
Y el día siguiente Pashur sacó á Jeremías del cepo. Díjole entonces Jeremías: Jehová no ha llamado tu nombre Pashur, sino Magor-missabib.
Y hacerte he trasportar, á ti, y á tu madre que te parió, á tierra ajena en que no nacisteis; y allá moriréis.
Y á la tierra á la cual levantan ellos su alma para tornar, allá no volverán.
Así habló Jehová de los ejércitos, Dios de Israel, diciendo: Quebranté el yugo del rey de Babilonia.
Y procurad la paz de la ciudad á la cual os hice traspasar, y rogad por ella á Jehová; porque en su paz tendréis vosotros paz.
Porque yo sé los pensamientos que tengo acerca de vosotros, dice Jehová, pensamientos de paz, y no de mal, para daros el fin que esperáis.
Oid palabra de Jehová, oh gentes, y hacedlo saber en las islas que están lejos, y decid: El que esparció á Israel lo juntará y guardará, como pastor á su ganado.
Porque habré embriagado el alma cansada, y henchido toda alma entristecida.
He aquí que Hanameel, hijo de Sallum tu tío, viene á ti, diciendo: Cómprame mi heredad que está en Anathoth; porque tú tienes derecho á ella para comprarla.
Y dí orden á Baruch delante de ellos, diciendo:
Con todo eso, oye palabra de Jehová, Sedechîas rey de Judá: Así ha dicho Jehová de ti: No morirás á cuchillo;
A los príncipes de Judá y á los príncipes de Jerusalem, á los eunucos y á los sacerdotes, y á todo el pueblo de la tierra, que pasaron entre las partes del becerro,
Entonces dijeron los príncipes á Baruch: Ve, y escóndete tú y Jeremías, y nadie sepa dónde estáis.
Y tornarán los Caldeos, y combatirán esta ciudad, y la tomarán, y la pondrán á fuego.
Así ha dicho Jehová: De cierto será entregada esta ciudad en mano del ejército del rey de Babilonia, y tomarála.
Entonces mandó el rey al mismo Ebed-melec Etiope, diciendo: Toma en tu poder treinta hombres de aquí, y haz sacar á Jeremías profeta de la mazmorra, antes que muera.
Y os daré misericordias, y tendrá misericordia de vosotros, y os hará tornar á vuestra tierra.
Antes tomó Johanán hijo de Carea, y todos los oficiales de la gente de guerra, á todo el resto de Judá, que de todas las gentes adonde habían sido echados habían vuelto para morar en tierra de Judá:
No se han morigerado hasta el día de hoy, ni han tenido temor, ni han caminado en mi ley, ni en mis estatutos que puse delante de vosotros y delante de vuestros padres.
Cortado es el cuerno de Moab, y su brazo quebrantado, dice Jehová.
Oído hemos la soberbia de Moab, que es muy soberbio: su hinchazón y su orgullo, y su altivez y la altanería de su corazón.
Palabra de Jehová que fué á Jeremías profeta acerca de Elam, en el principio del reinado de Sedechîas rey de Judá, diciendo:
Por la ira de Jehová no será habitada, sino que asolada será toda ella; todo hombre que pasare por Babilonia se asombrará, y silbará sobre todas sus plagas.
Por tanto, así ha dicho Jehová de los ejércitos, Dios de Israel: He aquí que yo visito al rey de Babilonia y á su tierra, como visité al rey de Asiria.
La que moras entre muchas aguas, rica en tesoros, venido ha tu fin, la medida de tu codicia.
Y será que cuando acabares de leer este libro, le atarás una piedra, y lo echarás en medio del Eufrates:
Mas de los pobres del país dejó Nabuzaradán, capitán de la guardia, para viñadores y labradores.
Pecado cometió Jerusalem; por lo cual ella ha sido removida: todos los que la honraban la han menospreciado, porque vieron su vergüenza; y ella suspira, y se vuelve atrás.
Sentaráse solo, y callará, porque lo llevó sobre sí.
Apartaos ¡inmundos!, les gritaban, Apartaos, apartaos, no toquéis. Cuando huyeron y fueron dispersos, dijeron entre las gentes: Nunca más morarán aquí.
Y abrí mi boca, é hízome comer aquel rollo.
No á muchos pueblos de profunda habla ni de lengua difícil, cuyas palabras no entiendas; y si á ellos te enviara, ellos te oyeran.
Tomarás también de allí unos pocos por cuenta, y los atarás en el canto de tu ropa.
Y haré en ti lo que nunca hice, ni jamás haré cosa semejante, á causa de todas tus abominaciones.
Mas dejaré que haya de vosotros quien escape del cuchillo entre las gentes, cuando fuereis esparcidos por las tierras.
Y he aquí que el varón vestido de lienzos, que tenía la escribanía á su cintura, respondió una palabra diciendo: Hecho he conforme á todo lo que me mandaste.
Y toda su carne, y sus costillas, y sus manos, y sus alas, y las ruedas, lleno estaba de ojos alrededor en sus cuatro ruedas.
Diles: Así ha dicho el Señor Jehová: Al príncipe en Jerusalem es esta carga, y á toda la casa de Israel que está en medio de ellos.
Y brotó, é hízose una vid de mucha rama, baja de estatura, que sus ramas la miraban, y sus raíces estaban debajo de ella: así que se hizo una vid, y arrojó sarmientos, y echó mugrones.
Mas si engendrare hijo ladrón, derramador de sangre, ó que haga alguna cosa de éstas,
Y ahora está plantada en el desierto, en tierra de sequedad y de aridez.
Porque no pusieron por obra mis derechos, y desecharon mis ordenanzas, y profanaron mis sábados, y tras los ídolos de sus padres se les fueron sus ojos.
Y allí os acordaréis de vuestros caminos, y de todos vuestros hechos en que os contaminasteis; y seréis confusos en vuestra misma presencia por todos vuestros pecados que cometisteis.
Porque está probado. ¿Y qué, si la espada desprecia aun el cetro? El no será más, dice el Señor Jehová.
Y seráles como adivinación mentirosa en sus ojos, por estar juramentados con juramento á ellos: mas él trae á la memoria la maldad, para prenderlos.
Yo os juntaré y soplaré sobre vosotros en el fuego de mi furor, y en medio de él seréis fundidos.
Como se funde la plata en medio del horno, así seréis fundidos en medio de él; y sabréis que yo Jehová habré derramado mi enojo sobre vosotros.
Sus príncipes en medio de ella como lobos que arrebataban presa, derramando sangre, para destruir las almas, para pábulo de su avaricia.
Y aconteció en el undécimo año, en el primero del mes, que fué á mí palabra de Jehová, diciendo:
En el corazón de las mares están tus términos: los que te edificaron completaron tu belleza.
Así ha dicho Jehová: También caerán los que sostienen á Egipto, y la altivez de su fortaleza caerá: desde Migdol hasta Seveneh caerán en él á cuchillo, dice el Señor Jehová.
Y daré á ellas, y á los alrededores de mi collado, bendición; y haré descender la lluvia en su tiempo, lluvias de bendición serán.
Por cuanto dijiste: Las dos naciones y las dos tierras serán mías, y las poseeremos, estando allí Jehová;
Júntalos luego el uno con el otro, para que sean en uno, y serán uno en tu mano.
Conforme á su inmundicia y conforme á sus rebeliones hice con ellos: y de ellos escondí mi rostro.
Y alzóme el espíritu, y metióme en el atrio de adentro; y he aquí que la gloria de Jehová hinchió la casa.
Por siete días sacrificarán un macho cabrío cada día en expiación; asimismo sacrificarán el becerro de la vacada y un carnero sin tacha del rebaño.
Y tornóme hacia la puerta de afuera del santuario, la cual mira hacia el oriente; y estaba cerrada.
Y dirás á los rebeldes, á la casa de Israel: Así ha dicho el Señor Jehová: Básteos de todas vuestras abominaciones, oh casa de Israel;
Pondrélos, pues, por guardas de la guarda de la casa en todo su servicio, y en todo lo que en ella hubiere de hacerse.
Asimismo veinticinco mil de longitud, y diez mil de anchura, lo cual será para los Levitas ministros de la casa, en posesión, con veinte cámaras.
Y será el término del norte desde la mar de Haser-enon al término de Damasco al norte, y al término de Hamath al lado del norte.
Y junto al término de Nephtalí, desde la parte del oriente hasta la parte de la mar, Manasés, otra.
Y junto al término de Ephraim, desde la parte del oriente hasta la parte de la mar, Rubén, otra.
Cuanto á las demás tribus, desde la parte del oriente hasta la parte de la mar, tendrá Benjamín una parte.
En derredor tendrá dieciocho mil cañas. Y el nombre de la ciudad desde aquel día será JEHOVÁ-SHAMMA.
Y señalóles el rey ración para cada día de la ración de la comida del rey, y del vino de su beber: que los criase tres años, para que al fin de ellos estuviesen delante del rey.
Entonces Daniel respondió, y dijo delante del rey: Tus dones sean para ti, y tus presentes dalos á otro. La escritura yo la leeré al rey, y le mostraré la declaración.
Mas cuando su corazón se ensoberbeció, y su espíritu se endureció en altivez, fué depuesto del trono de su reino, y traspasaron de él la gloria:
Y la escritura que esculpió es: MENE, MENE, TEKEL, UPHARSIN.
Y veía yo que este cuerno hacía guerra contra los santos, y los vencía,
Y volví mi rostro al Señor Dios, buscándole en oración y ruego, en ayuno, y cilicio, y ceniza.
Y no obedecimos á la voz de Jehová nuestro Dios, para andar en sus leyes, las cuales puso él delante de nosotros por mano de sus siervos los profetas.
Quedé pues yo solo, y vi esta gran visión, y no quedó en mí esfuerzo; antes mi fuerza se me trocó en desmayo, sin retener vigor alguno.
Y la multitud se ensoberbecerá, elevaráse su corazón, y derribará muchos millares; mas no prevalecerá.
Pleitead con vuestra madre, pleitead; porque ella no es mi mujer, ni yo su marido; quite pues sus fornicaciones de su rostro, y sus adulterios de entre sus pechos;
Y será que en aquel tiempo responderé, dice Jehová, yo responderé á los cielos, y ellos responderán á la tierra;
Con su maldad alegran al rey, y á los príncipes con sus mentiras.
Todos ellos arden como un horno, y devoraron á sus jueces: cayeron todos sus reyes: no hay entre ellos quien á mí clame.
Y la soberbia de Israel testificará contra él en su cara: y no se tornaron á Jehová su Dios, ni lo buscaron con todo esto.
Porque de Israel es, y artífice lo hizo; que no es Dios: por lo que en pedazos será deshecho el becerro de Samaria.
Porque sembraron viento, y torbellino segarán: no tendrán mies, ni el fruto hará harina; si la hiciere, extraños la tragarán.
Y los castigaré como deseo: y pueblos se juntarán sobre ellos cuando serán atados en sus dos surcos.
Ephraim es becerra domada, amadora del trillar; mas yo pasaré sobre su lozana cerviz: yo haré llevar yugo á Ephraim; arará Judá, quebrará sus terrones Jacob.
En sus pastos se hartaron, hartáronse, y ensoberbecióse su corazón: por esta causa se olvidaron de mí.
Y comeréis hasta saciaros, y alabaréis el nombre de Jehová vuestro Dios, el cual hizo maravillas con vosotros: y nunca jamás será mi pueblo avergonzado.
¿Bramará el león en el monte sin hacer presa? ¿dará el leoncillo su bramido desde su morada, si no prendiere?
Arrepintióse Jehová de esto: No será, dijo Jehová.
Y dije: Señor Jehová, cesa ahora; ¿quién levantará á Jacob? porque es pequeño.
Aunque cavasen hasta el infierno, de allá los tomará mi mano; y si subieren hasta el cielo, de allá los haré descender.
¿Quién sabe si se volverá y arrepentirá Dios, y se apartará del furor de su ira, y no pereceremos?
Entonces dijo Dios á Jonás: ¿Tanto te enojas por la calabacera? Y él respondió: Mucho me enojo, hasta la muerte.
Y dijo Jehová: Tuviste tú lástima de la calabacera, en la cual no trabajaste, ni tú la hiciste crecer; que en espacio de una noche nació, y en espacio de otra noche pereció:
¿Vaciará por eso su red, ó tendrá piedad de matar gentes continuamente?
Haste llenado de deshonra más que de honra: bebe tú también, y serás descubierto; el cáliz de la mano derecha de Jehová volverá sobre ti, y vómito de afrenta sobre tu gloria.
Paróse, y midió la tierra: miró, é hizo temblar las gentes; y los montes antiguos fueron desmenuzados, los collados antiguos se humillaron á él. Sus caminos son eternos.
Calla en la presencia del Señor Jehová, porque el día de Jehová está cercano; porque Jehová ha aparejado sacrificio, prevenido ha sus convidados.
Congregaos y meditad, gente no amable,
Habla ahora á Zorobabel hijo de Sealtiel, gobernador de Judá, y á Josué hijo de Josadac, gran sacerdote, y al resto del pueblo, diciendo:
Así ha dicho Jehová de los ejércitos: Pregunta ahora á los sacerdotes acerca de la ley, diciendo:
Y dijo Haggeo: Si un inmundo á causa de cuerpo muerto tocare alguna cosa de éstas, ¿será inmunda? Y respondieron los sacerdotes, y dijeron: Inmunda será.
Les dirás pues: Así ha dicho Jehová de los ejércitos: Volveos á mí, dice Jehová de los ejércitos, y yo me volveré á vosotros, ha dicho Jehová de los ejércitos.
En aquel día, dice Jehová de los ejércitos, cada uno de vosotros llamará á su compañero debajo de la vid, y debajo de la higuera.
Y el ángel que hablaba conmigo respondió, y díjome: ¿No sabes qué es esto? Y dije: No, señor mío.
Y á hablar á los sacerdotes que estaban en la casa de Jehová de los ejércitos, y á los profetas, diciendo: ¿Lloraremos en el mes quinto? ¿haremos abstinencia como hemos hecho ya algunos años?
Estas son las cosas que habéis de hacer: Hablad verdad cada cual con su prójimo; juzgad en vuestras puertas verdad y juicio de paz:
Y será en aquel día, que yo pondré á Jerusalem por piedra pesada á todos los pueblos: todos los que se la cargaren, serán despedazados, bien que todas las gentes de la tierra se juntarán contra ella.
Mi pacto fué con él de vida y de paz, las cuales cosas yo le dí por el temor; porque me temió, y delante de mi nombre estuvo humillado.
Y en aquellos días vino Juan el Bautista predicando en el desierto de Judea,
Y eran bautizados de él en el Jordán, confesando sus pecados.
Mas él respondiendo, dijo: Escrito está: No con solo el pan vivirá el hombre, mas con toda palabra que sale de la boca de Dios.
Entonces el diablo le pasa á la santa ciudad, y le pone sobre las almenas del templo,
Mas yo os digo, que cualquiera que mira á una mujer para codiciarla, ya adulteró con ella en su corazón.
Además habéis oído que fué dicho á los antiguos: No te perjurarás; mas pagarás al Señor tus juramentos.
Mas yo os digo: No resistáis al mal; antes á cualquiera que te hiriere en tu mejilla diestra, vuélvele también la otra;
Mirad las aves del cielo, que no siembran, ni siegan, ni allegan en alfolíes; y vuestro Padre celestial las alimenta. ¿No sois vosotros mucho mejores que ellas?
Mas cuando os persiguieren en esta ciudad, huid á la otra: porque de cierto os digo, que no acabaréis de andar todas las ciudades de Israel, que no venga el Hijo del hombre.
Venid á mí todos los que estáis trabajados y cargados, que yo os haré descansar.
Generación de víboras, ¿cómo podéis hablar bien, siendo malos? porque de la abundancia del corazón habla la boca.
Entonces respondieron algunos de los escribas y de los Fariseos, diciendo: Maestro, deseamos ver de ti señal.
Mas el que fué sembrado en buena tierra, éste es el que oye y entiende la palabra, y el que lleva fruto: y lleva uno á ciento, y otro á sesenta, y otro á treinta.
Mas viendo el viento fuerte, tuvo miedo; y comenzándose á hundir, dió voces, diciendo: Señor, sálvame.
Entonces entendieron que no les había dicho que se guardasen de la levadura de pan, sino de la doctrina de los Fariseos y de los Saduceos.
Mas yo también te digo, que tú eres Pedro, y sobre esta piedra edificaré mi iglesia; y las puertas del infierno no prevalecerán contra ella.
Y como descendieron del monte, les mandó Jesús, diciendo: No digáis á nadie la visión, hasta que el Hijo del hombre resucite de los muertos.
¡Ay del mundo por los escándalos! porque necesario es que vengan escándalos; mas ¡ay de aquel hombre por el cual viene el escándalo!
Y aconteció que acabando Jesús estas palabras, se pasó de Galilea, y vino á los términos de Judea, pasado el Jordán.
¿Cuál de los dos hizo la voluntad de su padre? Dicen ellos: El primero. Díceles Jesús: De cierto os digo, que los publicanos y las rameras os van delante al reino de Dios.
Id pues á las salidas de los caminos, y llamad á las bodas á cuantos hallareis.
Maestro, ¿cuál es el mandamiento grande en la ley?
Y Jesús le dijo: Amarás al Señor tu Dios de todo tu corazón, y de toda tu alma, y de toda tu mente.
¡Ay de vosotros, escribas y Fariseos, hipócritas! porque rodeáis la mar y la tierra por hacer un prosélito; y cuando fuere hecho, le hacéis hijo del infierno doble más que vosotros.
¡Ay de vosotros, escribas y Fariseos, hipócritas! porque edificáis los sepulcros de los profetas, y adornáis los monumentos de los justos,
Porque se levantará nación contra nación, y reino contra reino; y habrá pestilencias, y hambres, y terremotos por los lugares.
Y todas estas cosas, principio de dolores.
Y no conocieron hasta que vino el diluvio y llevó á todos, así será también la venida del Hijo del hombre.
A la verdad el Hijo del hombre va, como está escrito de él; mas ¡ay de aquel hombre por quien el Hijo del hombre es entregado! bueno le fuera al tal hombre no haber nacido.
Y estaban allí María Magdalena, y la otra María, sentadas delante del sepulcro.
E id presto, decid á sus discípulos que ha resucitado de los muertos: y he aquí va delante de vosotros á Galilea; allí le veréis; he aquí, os lo he dicho.
Y luego, subiendo del agua, vió abrirse los cielos, y al Espíritu como paloma, que descendía sobre él.
Y toda la ciudad se juntó á la puerta.
Mas él les reñía mucho que no le manifestasen.
Porque le decía: Sal de este hombre, espíritu inmundo.
Y vino á casa del príncipe de la sinagoga, y vió el alboroto, los que lloraban y gemían mucho.
Y oyó el rey Herodes la fama de Jesús, porque su nombre se había hecho notorio; y dijo: Juan el que bautizaba, ha resucitado de los muertos, y por tanto, virtudes obran en él.
Y respondiendo él, les dijo: Hipócritas, bien profetizó de vosotros Isaías, como está escrito: Este pueblo con los labios me honra, mas su corazón lejos está de mí.
Y luego fueron abiertos sus oídos, y fué desatada la ligadura de su lengua, y hablaba bien.
Y cualquiera de vosotros que quisiere hacerse el primero, será siervo de todos.
Porque se levantará nación contra nación, y reino contra reino; y habrá terremotos en muchos lugares, y habrá hambres y alborotos; principios de dolores serán estos.
Y seréis aborrecidos de todos por mi nombre: mas el que perseverare hasta el fin, éste será salvo.
Y donde entrare, decid al señor de la casa: El Maestro dice: ¿Dónde está el aposento donde he de comer la pascua con mis discípulos?
Velad y orad, para que no entréis en tentación: el espíritu á la verdad es presto, mas la carne enferma.
Empero un mancebillo le seguía cubierto de una sábana sobre el cuerpo desnudo; y los mancebos le prendieron:
Empero en el día de la fiesta les soltaba un preso, cualquiera que pidiesen.
Las cuales, estando aún él en Galilea, le habían seguido, y le servían; y otras muchas que juntamente con él habían subido á Jerusalem.
Finalmente se apareció á los once mismos, estando sentados á la mesa, y censuróles su incredulidad y dureza de corazón, que no hubiesen creído á los que le habían visto resucitado.
Y estas señales seguirán á los que creyeren: En mi nombre echarán fuera demonios; hablarán nuevas lenguas;
Y ellos, saliendo, predicaron en todas partes, obrando con ellos el Señor, y confirmando la palabra con las señales que se seguían. Amén.
Y su misericordia de generación á generación á los que le temen.
Y Zacarías su padre fué lleno de Espíritu Santo, y profetizó, diciendo:
Mas el ángel les dijo: No temáis; porque he aquí os doy nuevas de gran gozo, que será para todo el pueblo:
Y como se cumplieron los días de la purificación de ella, conforme á la ley de Moisés, le trajeron á Jerusalem para presentarle al Señor,
Y los bendijo Simeón, y dijo á su madre María: He aquí, éste es puesto para caída y para levantamiento de muchos en Israel; y para señal á la que será contradicho;
Cuyo bieldo está en su mano, y limpiará su era, y juntará el trigo en su alfolí, y la paja quemará en fuego que nunca se apagará.
Que fué de Aminadab, que fué de Aram, que fué de Esrom, que fué de Phares,
Y fuéle dado el libro del profeta Isaías; y como abrió el libro, halló el lugar donde estaba escrito:
¡Ay de vosotros, los que estáis hartos! porque tendréis hambre. ¡Ay de vosotros, los que ahora reís! porque lamentaréis y lloraréis.
Y como llegó cerca de la puerta de la ciudad, he aquí que sacaban fuera á un difunto, unigénito de su madre, la cual también era viuda: y había con ella grande compañía de la ciudad.
Porque no hay cosa oculta, que no haya de ser manifestada; ni cosa escondida, que no haya de ser entendida, y de venir á luz.
Y saliendo él á tierra, le vino al encuentro de la ciudad un hombre que tenía demonios ya de mucho tiempo; y no vestía vestido, ni estaba en casa, sino por los sepulcros.
Y le rogaban que no les mandase ir al abismo.
Y entrado en casa, no dejó entrar á nadie consigo, sino á Pedro, y á Jacobo, y á Juan, y al padre y á la madre de la moza.
Y respondiendo Jesús, dice: ¡Oh generación infiel y perversa! ¿hasta cuándo tengo de estar con vosotros, y os sufriré? Trae tu hijo acá.
Y envió mensajeros delante de sí, los cuales fueron y entraron en una ciudad de los Samaritanos, para prevenirle.
Entonces también dijo otro: Te seguiré, Señor; mas déjame que me despida primero de los que están en mi casa.
Mas no os gocéis de esto, que los espíritus se os sujetan; antes gozaos de que vuestros nombres están escritos en los cielos.
¡Ay de vosotros! que edificáis los sepulcros de los profetas, y los mataron vuestros padres.
Y cuando os trajeren á las sinagogas, y á los magistrados y potestades, no estéis solícitos cómo ó qué hayáis de responder, ó qué hayáis de decir;
Mas él le dijo: Hombre, ¿quién me puso por juez ó partidor sobre vosotros?
Así es el que hace para sí tesoro, y no es rico en Dios.
Considerad los lirios, cómo crecen: no labran, ni hilan; y os digo, que ni Salomón con toda su gloria se vistió como uno de ellos.
Entonces el Señor le respondió, y dijo: Hipócrita, cada uno de vosotros ¿no desata en sábado su buey ó su asno del pesebre, y lo lleva á beber?
Y levantándose, vino á su padre. Y como aun estuviese lejos, viólo su padre, y fué movido á misericordia, y corrió, y echóse sobre su cuello, y besóle.
Y él le dijo: Tu hermano ha venido; y tu padre ha muerto el becerro grueso, por haberle recibido salvo.
Y oían también todas estas cosas los Fariseos, los cuales eran avaros, y se burlaban de él.
Cualquiera que procurare salvar su vida, la perderá; y cualquiera que la perdiere, la salvará.
Y traían á él los niños para que los tocase; lo cual viendo los discípulos les reñían.
Y Jesús, oído esto, le dijo: Aun te falta una cosa: vende todo lo que tienes, y da á los pobres, y tendrás tesoro en el cielo; y ven, sígueme.
Porque más fácil cosa es entrar un camello por el ojo de una aguja, que un rico entrar en el reino de Dios.
¿Nos es lícito dar tributo á César, ó no?
Y entró Satanás en Judas, por sobrenombre Iscariote, el cual era uno del número de los doce;
Los cuales se holgaron, y concertaron de darle dinero.
Y él les dijo: He aquí cuando entrareis en la ciudad, os encontrará un hombre que lleva un cántaro de agua: seguidle hasta la casa donde entrare,
Y les dijo: En gran manera he deseado comer con vosotros esta pascua antes que padezca;
Y tomando el pan, habiendo dado gracias, partió, y les dió, diciendo: Esto es mi cuerpo, que por vosotros es dado: haced esto en memoria de mí.
Y á ellos dijo: Cuando os envié sin bolsa, y sin alforja, y sin zapatos, ¿os faltó algo? Y ellos dijeron: Nada.
Y Herodes, viendo á Jesús, holgóse mucho, porque hacía mucho que deseaba verle; porque había oído de él muchas cosas, y tenía esperanza que le vería hacer alguna señal.
(El cual no había consentido en el consejo ni en los hechos de ellos), de Arimatea, ciudad de la Judea, el cual también esperaba el reino de Dios;
Y dícele: Todo hombre pone primero el buen vino, y cuando están satisfechos, entonces lo que es peor; mas tú has guardado el buen vino hasta ahora.
Y á los que vendían las palomas, dijo: Quitad de aquí esto, y no hagáis la casa de mi Padre casa de mercado.
Dícele Jesús: Yo soy, que hablo contigo.
Yo os he enviado á segar lo que vosotros no labrasteis: otros labraron, y vosotros habéis entrado en sus labores.
Y también le dió poder de hacer juicio, en cuanto es el Hijo del hombre.
Y como hubieron navegado como veinticinco ó treinta estadios, ven á Jesús que andaba sobre la mar, y se acercaba al barco: y tuvieron miedo.
Y buscábanle los Judíos en la fiesta, y decían: ¿Dónde está aquél?
Y maravillábanse los Judíos, diciendo: ¿Cómo sabe éste letras, no habiendo aprendido?
Y fuése cada uno á su casa.
Díjoles Jesús: De cierto, de cierto os digo: Antes que Abraham fuese, yo soy.
Y yo les doy vida eterna: y no perecerán para siempre, ni nadie las arrebatará de mi mano.
Como oyó pues que estaba enfermo, quedóse aún dos días en aquel lugar donde estaba.
Y huélgome por vosotros, que yo no haya estado allí, para que creáis: mas vamos á él.
Y algunos de ellos dijeron: ¿No podía éste que abrió los ojos al ciego, hacer que éste no muriera?
Entonces María tomó una libra de ungüento de nardo líquido de mucho precio, y ungió los pies de Jesús, y limpió sus pies con sus cabellos: y la casa se llenó del olor del ungüento.
Por lo cual también había venido la gente á recibirle, porque había oído que él había hecho esta señal;
Porque amaban más la gloria de los hombres que la gloria de Dios.
Levántase de la cena, y quítase su ropa, y tomando una toalla, ciñóse.
Pues si yo, el Señor y el Maestro, he lavado vuestros pies, vosotros también debéis lavar los pies los unos á los otros.
Y uno de sus discípulos, al cual Jesús amaba, estaba recostado en el seno de Jesús.
El que tiene mis mandamientos, y los guarda, aquél es el que me ama; y el que me ama, será amado de mi Padre, y yo le amaré, y me manifestaré á él.
Empero para que conozca el mundo que amo al Padre, y como el Padre me dió el mandamiento, así hago. Levantaos, vamos de aquí.
Si no hubiera venido, ni les hubiera hablado, no tendrían pecado, mas ahora no tienen excusa de su pecado.
El me glorificará: porque tomará de lo mío, y os lo hará saber.
Estas cosas os he hablado, para que en mí tengáis paz. En el mundo tendréis aflicción: mas confiad, yo he vencido al mundo.
Jesús le respondió: Yo manifiestamente he hablado al mundo: yo siempre he enseñado en la sinagoga y en el templo, donde se juntan todos los Judíos, y nada he hablado en oculto.
Respondióle Jesús: Si he hablado mal, da testimonio del mal: y si bien, ¿por qué me hieres?
Dícele Pilato: ¿Qué cosa es verdad? Y como hubo dicho esto, salió otra vez á los Judíos, y díceles: Yo no hallo en él ningún crimen.
Empero vosotros tenéis costumbre, que os suelte uno en la Pascua: ¿queréis, pues, que os suelte al Rey de los Judíos?
Así que Pedro vió á éste, dice á Jesús: Señor, ¿y éste, qué?
Conviene, pues, que de estos hombres que han estado juntos con nosotros todo el tiempo que el Señor Jesús entró y salió entre nosotros,
Y como se cumplieron los días de Pentecostés, estaban todos unánimes juntos;
Por lo cual mi corazón se alegró, y gozóse mi lengua; y aun mi carne descansará en esperanza;
Entonces oído esto, fueron compungidos de corazón, y dijeron á Pedro y á los otros apóstoles: Varones hermanos, ¿qué haremos?
Y perseveraban en la doctrina de los apóstoles, y en la comunión, y en el partimiento del pan, y en las oraciones.
Pues que somos hoy demandados acerca del beneficio hecho á un hombre enfermo, de qué manera éste haya sido sanado,
Diciendo: ¿Qué hemos de hacer á estos hombres? porque de cierto, señal manifiesta ha sido hecha por ellos, notoria á todos los que moran en Jerusalem, y no lo podemos negar.
Todavía, porque no se divulgue más por el pueblo, amenacémoslos que no hablen de aquí adelante á hombre alguno en este nombre.
Que por boca de David, tu siervo, dijiste: ¿Por qué han bramado las gentes, y los pueblos han pensado cosas vanas?
Y como hubieron orado, el lugar en que estaban congregados tembló; y todos fueron llenos del Espíritu Santo, y hablaron la palabra de Dios con confianza.
Tanto que echaban los enfermos por las calles, y los ponían en camas y en lechos, para que viniendo Pedro, á lo menos su sombra tocase á alguno de ellos.
Después de éste, se levantó Judas el Galileo en los días del empadronamiento, y llevó mucho pueblo tras sí. Pereció también aquél; y todos los que consintieron con él, fueron derramados.
Los cuales fueron trasladados á Sichêm, y puestos en el sepulcro que compró Abraham á precio de dinero de los hijos de Hemor de Sichêm.
Yo soy el Dios de tus padres, el Dios de Abraham, y el Dios de Isaac, y el Dios de Jacob. Mas Moisés, temeroso, no osaba mirar.
A este Moisés, al cual habían rehusado, diciendo: ¿Quién te ha puesto por príncipe y juez? á éste envió Dios por príncipe y redentor con la mano del ángel que le apareció en la zarza.
Este posa en casa de un Simón, curtidor, que tiene su casa junto á la mar: él te dirá lo que te conviene hacer.
Y volvió la voz hacia él la segunda vez: Lo que Dios limpió, no lo llames tú común.
Y les mandó bautizar en el nombre del Señor Jesús. Entonces le rogaron que se quedase por algunos días.
Y los que habían sido esparcidos por causa de la tribulación que sobrevino en tiempo de Esteban, anduvieron hasta Fenicia, y Cipro, y Antioquía, no hablando á nadie la palabra, sino sólo á los Judíos.
Y en aquellos días descendieron de Jerusalem profetas á Antioquía.
Mas la palabra del Señor crecía y era multiplicada.
Predicando Juan delante de la faz de su venida el bautismo de arrepentimiento á todo el pueblo de Israel.
Y á Bernabé llamaban Júpiter, y á Pablo, Mercurio, porque era el que llevaba la palabra.
Simón ha contado cómo Dios primero visitó á los Gentiles, para tomar de ellos pueblo para su nombre;
Pasadas estas cosas, Pablo partió de Atenas, y vino á Corinto.
Y ahora, he aquí, yo sé que ninguno de todos vosotros, por quien he pasado predicando el reino de Dios, verá más mi rostro.
Porque yo sé que después de mi partida entrarán en medio de vosotros lobos rapaces, que no perdonarán al ganado;
Mas aconteció que yendo yo, y llegando cerca de Damasco, como á medio día, de repente me rodeó mucha luz del cielo:
Y los que estaban conmigo vieron á la verdad la luz, y se espantaron; mas no oyeron la voz del que hablaba conmigo.
A este hombre, aprehendido de los Judíos, y que iban ellos á matar, libré yo acudiendo con la tropa, habiendo entendido que era Romano.
Y cinco días después descendió el sumo sacerdote Ananías, con algunos de los ancianos, y un cierto Tértulo, orador; y parecieron delante del gobernador contra Pablo.
Los cuales tienen ya conocido que yo desde el principio, si quieren testificarlo, conforme á la más rigurosa secta de nuestra religión he vivido Fariseo.
Mas querríamos oir de ti lo que sientes; porque de esta secta notorio nos es que en todos lugares es contradicha.
Porque en él la justicia de Dios se descubre de fe en fe; como está escrito: Mas el justo vivirá por la fe.
Y trocaron la gloria del Dios incorruptible en semejanza de imagen de hombre corruptible, y de aves, y de animales de cuatro pies, y de serpientes.
El cual pagará á cada uno conforme á sus obras:
Con la mira de manifestar su justicia en este tiempo: para que él sea el justo, y el que justifica al que es de la fe de Jesús.
Porque uno es Dios, el cual justificará por la fe la circuncisión, y por medio de la fe la incircuncisión.
Porque no por la ley fué dada la promesa á Abraham ó á su simiente, que sería heredero del mundo, sino por la justicia de la fe.
Porque si los que son de la ley son los herederos, vana es la fe, y anulada es la promesa.
Comunicando á las necesidades de los santos; siguiendo la hospitalidad.
Mas tú ¿por qué juzgas á tu hermano? ó tú también, ¿por qué menosprecias á tu hermano? porque todos hemos de estar ante el tribunal de Cristo.
De manera que, cada uno de nosotros dará á Dios razón de sí.
Así que, no juzguemos más los unos de los otros: antes bien juzgad de no poner tropiezo ó escándalo al hermano.
Ruégoos empero, hermanos, por el Señor nuestro Jesucristo, y por la caridad del Espíritu, que me ayudéis con oraciones por mí á Dios,
Saludad á María, la cual ha trabajado mucho con vosotros.
Porque no me propuse saber algo entre vosotros, sino á Jesucristo, y á éste crucificado.
Nosotros necios por amor de Cristo, y vosotros prudentes en Cristo; nosotros flacos, y vosotros fuertes; vosotros nobles, y nosotros viles.
Mas algunos están envanecidos, como si nunca hubiese yo de ir á vosotros.
¿Qué queréis? ¿iré á vosotros con vara, ó con caridad y espíritu de mansedumbre?
Limpiad pues la vieja levadura, para que seáis nueva masa, como sois sin levadura: porque nuestra pascua, que es Cristo, fué sacrificada por nosotros.
Os he escrito por carta, que no os envolváis con los fornicarios:
Para avergonzaros lo digo. ¿Pues qué, no hay entre vosotros sabio, ni aun uno que pueda juzgar entre sus hermanos;
Empero vosotros hacéis la injuria, y defraudáis, y esto á los hermanos.
Si otros tienen en vosotros esta potestad, ¿no más bien nosotros? Mas no hemos usado de esta potestad: antes lo sufrimos todo, por no poner ningún obstáculo al evangelio de Cristo.
Si todo el cuerpo fuese ojo, ¿dónde estaría el oído? Si todo fuese oído, ¿dónde estaría el olfato?
¿Son todos apóstoles? ¿son todos profetas? ¿todos doctores? ¿todos facultades?
Vuestras mujeres callen en las congregaciones; porque no les es permitido hablar, sino que estén sujetas, como también la ley dice.
Empero por la gracia de Dios soy lo que soy: y su gracia no ha sido en vano para conmigo; antes he trabajado más que todos ellos: pero no yo, sino la gracia de Dios que fué conmigo.
Y como trajimos la imagen del terreno, traeremos también la imagen del celestial.
Todas vuestras cosas sean hechas con caridad.
El cual también nos ha sellado, y dado la prenda del Espíritu en nuestros corazones.
Porque no somos como muchos, mercaderes falsos de la palabra de Dios: antes con sinceridad, como de Dios, delante de Dios, hablamos en Cristo.
En los cuales el dios de este siglo cegó los entendimientos de los incrédulos, para que no les resplandezca la lumbre del evangelio de la gloria de Cristo, el cual es la imagen de Dios.
De manera que la muerte obra en nosotros, y en vosotros la vida.
No dando á nadie ningún escándalo, porque el ministerio nuestro no sea vituperado:
Como ignorados, mas conocidos; como muriendo, mas he aquí vivimos; como castigados, mas no muertos;
Mas Dios, que consuela á los humildes, nos consoló con la venida de Tito:
Porque ya sabéis la gracia de nuestro Señor Jesucristo, que por amor de vosotros se hizo pobre, siendo rico; para que vosotros con su pobreza fueseis enriquecidos.
No sea que, si vinieren conmigo Macedonios, y os hallaren desapercibidos, nos avergoncemos nosotros, por no decir vosotros, de este firme gloriarnos.
Esto empero digo: El que siembra escasamente, también segará escasamente; y el que siembra en bendiciones, en bendiciones también segará.
Cada uno dé como propuso en su corazón: no con tristeza, ó por necesidad; porque Dios ama el dador alegre.
Porque la suministración de este servicio, no solamente suple lo que á los santos falta, sino también abunda en muchos hacimientos de gracias á Dios:
Pues que os celo con celo de Dios; porque os he desposado á un marido, para presentaros como una virgen pura á Cristo.
Empero yo de muy buena gana despenderé y seré despendido por vuestras almas, aunque amándoos más, sea amado menos.
Gracia sea á vosotros, y paz de Dios el Padre, y de nuestro Señor Jesucristo,
Porque antes que viniesen unos de parte de Jacobo, comía con los Gentiles; mas después que vinieron, se retraía y apartaba, teniendo miedo de los que eran de la circuncisión.
De manera que la ley nuestro ayo fué para llevarnos á Cristo, para que fuésemos justificados por la fe.
Porque Agar ó Sinaí es un monte de Arabia, el cual es conjunto á la que ahora es Jerusalem, la cual sirve con sus hijos.
Mas ¿qué dice la Escritura? Echa fuera á la sierva y á su hijo; porque no será heredero el hijo de la sierva con el hijo de la libre.
De manera, hermanos, que no somos hijos de la sierva, mas de la libre.
Porque nosotros por el Espíritu esperamos la esperanza de la justicia por la fe.
Envidias, homicidios, borracheras, banqueteos, y cosas semejantes á éstas: de las cuales os denuncio, como ya os he anunciado, que los que hacen tales cosas no heredarán el reino de Dios.
Porque ni aun los mismos que se circuncidan guardan la ley; sino que quieren que vosotros seáis circuncidados, para gloriarse en vuestra carne.
Empero á cada uno de nosotros es dada la gracia conforme á la medida del don de Cristo.
Que ya no seamos niños fluctuantes, y llevados por doquiera de todo viento de doctrina, por estratagema de hombres que, para engañar, emplean con astucia los artificios del error:
Teniendo el entendimiento entenebrecido, ajenos de la vida de Dios por la ignorancia que en ellos hay, por la dureza de su corazón:
Toda amargura, y enojo, é ira, y voces, y maledicencia sea quitada de vosotros, y toda malicia:
Por tanto, no seáis imprudentes, sino entendidos de cuál sea la voluntad del Señor.
Porque ninguno aborreció jamás á su propia carne, antes la sustenta y regala, como también Cristo á la iglesia;
Siervos, obedeced á vuestros amos según la carne con temor y temblor, con sencillez de vuestro corazón, como á Cristo;
Estad pues firmes, ceñidos vuestros lomos de verdad, y vestidos de la cota de justicia,
Y quiero, hermanos, que sepáis que las cosas que me han sucedido, han redundado más en provecho del evangelio;
Por tanto, si hay alguna consolación en Cristo; si algún refrigerio de amor; si alguna comunión del Espíritu; si algunas entrañas y misericordias,
Haya, pues, en vosotros este sentir que hubo también en Cristo Jesús:
Hermanos, sed imitadores de mí, y mirad los que así anduvieren como nos tenéis por ejemplo.
A vosotros también, que erais en otro tiempo extraños y enemigos de ánimo en malas obras, ahora empero os ha reconciliado
Si habéis pues resucitado con Cristo, buscad las cosas de arriba, donde está Cristo sentado á la diestra de Dios.
Amortiguad, pues, vuestros miembros que están sobre la tierra: fornicación, inmundicia, molicie, mala concupiscencia, y avaricia, que es idolatría:
Y la paz de Dios gobierne en vuestros corazones, á la cual asimismo sois llamados en un cuerpo; y sed agradecidos.
Y todo lo que hacéis, sea de palabra, ó de hecho, hacedlo todo en el nombre del Señor Jesús, dando gracias á Dios Padre por él.
En tal manera que habéis sido ejemplo á todos los que han creído en Macedonia y en Acaya.
Porque la voluntad de Dios es vuestra santificación: que os apartéis de fornicación;
Y que procuréis tener quietud, y hacer vuestros negocios, y obréis de vuestras manos de la manera que os hemos mandado;
También os rogamos, hermanos, que amonestéis á los que andan desordenadamente, que consoléis á los de poco ánimo, que soportéis á los flacos, que seáis sufridos para con todos.
Orad sin cesar.
Tanto, que nosotros mismos nos gloriamos de vosotros en las iglesias de Dios, de vuestra paciencia y fe en todas vuestras persecuciones y tribulaciones que sufrís:
Empero os rogamos, hermanos, cuanto á la venida de nuestro Señor Jesucristo, y nuestro recogimiento á él,
Y el Señor enderece vuestros corazones en el amor de Dios, y en la paciencia de Cristo.
No amador del vino, no heridor, no codicioso de torpes ganancias, sino moderado, no litigioso, ajeno de avaricia;
Los diáconos asimismo, deben ser honestos, no bilingües, no dados á mucho vino, no amadores de torpes ganancias;
Esto manda y enseña.
No reprendas al anciano, sino exhórtale como á padre: á los más jóvenes, como á hermanos;
Empero grande granjería es la piedad con contentamiento.
Porque nada hemos traído á este mundo, y sin duda nada podremos sacar.
Pelea la buena batalla de la fe, echa mano de la vida eterna, á la cual asimismo eres llamado, habiendo hecho buena profesión delante de muchos testigos.
Que nos salvó y llamó con vocación santa, no conforme á nuestras obras, mas según el intento suyo y gracia, la cual nos es dada en Cristo Jesús antes de los tiempos de los siglos,
Porque yo ya estoy para ser ofrecido, y el tiempo de mi partida está cercano.
Y aprendan asimismo los nuestros á gobernarse en buenas obras para los usos necesarios, para que no sean sin fruto.
Pablo, prisionero de Jesucristo, y el hermano Timoteo, á Filemón amado, y coadjutor nuestro;
El cual en otro tiempo te fué inútil, mas ahora á ti y á mí es útil;
El cual te vuelvo á enviar; tú pues, recíbele como á mis entrañas.
Mas nada quise hacer sin tu consejo, porque tu beneficio no fuese como de necesidad, sino voluntario.
Porque algunos de los que habían salido de Egipto con Moisés, habiendo oído, provocaron, aunque no todos.
Al cual asimismo dió Abraham los diezmos de todo, primeramente él se interpreta Rey de justicia; y luego también Rey de Salem, que es, Rey de paz;
Porque si aquel primero fuera sin falta, cierto no se hubiera procurado lugar de segundo.
¿Cuánto más la sangre de Cristo, el cual por el Espíritu eterno se ofreció á sí mismo sin mancha á Dios, limpiará vuestras conciencias de las obras de muerte para que sirváis al Dios vivo?
Y este es el pacto que haré con ellos después de aquellos días, dice el Señor: Daré mis leyes en sus corazones, y en sus almas las escribiré;
Horrenda cosa es caer en las manos del Dios vivo.
Por una parte, ciertamente, con vituperios y tribulaciones fuisteis hechos espectáculo; y por otra parte hechos compañeros de los que estaban en tal estado.
Otros experimentaron vituperios y azotes; y á más de esto prisiones y cárceles;
Si sufrís el castigo, Dios se os presenta como á hijos; porque ¿qué hijo es aquel á quien el padre no castiga?
Y haced derechos pasos á vuestros pies, porque lo que es cojo no salga fuera de camino, antes sea sanado.
No olvidéis la hospitalidad, porque por ésta algunos, sin saberlo, hospedaron ángeles.
Y alguno de vosotros les dice: Id en paz, calentaos y hartaos; pero no les diereis las cosas que son necesarias para el cuerpo: ¿qué aprovechará?
Pero alguno dirá: Tú tienes fe, y yo tengo obras: muéstrame tu fe sin tus obras, y yo te mostraré mi fe por mis obras.
Habéis condenado y muerto al justo; y él no os resiste.
He aquí, tenemos por bienaventurados á los que sufren. Habéis oído la paciencia de Job, y habéis visto el fin del Señor, que el Señor es muy misericordioso y piadoso.
Vosotros, que en el tiempo pasado no erais pueblo, mas ahora sois pueblo de Dios; que en el tiempo pasado no habíais alcanzado misericordia, mas ahora habéis alcanzado misericordia.
Porque ¿qué gloria es, si pecando vosotros sois abofeteados, y lo sufrís? mas si haciendo bien sois afligidos, y lo sufrís, esto ciertamente es agradable delante de Dios.
Humillaos pues bajo la poderosa mano de Dios, para que él os ensalce cuando fuere tiempo;
El que dice que está en él, debe andar como él anduvo.
Otra vez os escribo un mandamiento nuevo, que es verdadero en él y en vosotros; porque las tinieblas son pasadas, y la verdadera luz ya alumbra.
El que dice que está en luz, y aborrece á su hermano, el tal aun está en tinieblas todavía.
Y el mundo se pasa, y su concupiscencia; mas el que hace la voluntad de Dios, permanece para siempre.
Hijitos, ya es el último tiempo: y como vosotros habéis oído que el anticristo ha de venir, así también al presente han comenzado á ser muchos anticristos; por lo cual sabemos que es el último tiempo.
Y el que guarda sus mandamientos, está en él, y él en él. Y en esto sabemos que él permanece en nosotros, por el Espíritu que nos ha dado.
Porque espero verte en breve, y hablaremos boca á boca. Paz sea contigo. Los amigos te saludan. Saluda tú á los amigos por nombre.
¡Ay de ellos! porque han seguido el camino de Caín, y se lanzaron en el error de Balaam por recompensa, y perecieron en la contradicción de Coré.
Y las regirá con vara de hierro, y serán quebrantados como vaso de alfarero, como también yo he recibido de mi Padre:
Y el cielo se apartó como un libro que es envuelto; y todo monte y las islas fueron movidas de sus lugares.
Y los siete ángeles que tenían las siete trompetas, se aparejaron para tocar.
Y les fué dado que no los matasen, sino que los atormentasen cinco meses; y su tormento era como tormento de escorpión, cuando hiere al hombre.
Porque su poder está en su boca y en sus colas: porque sus colas eran semejantes á serpientes, y tenían cabezas, y con ellas dañan.
Y hacía que á todos, á los pequeños y grandes, ricos y pobres, libres y siervos, se pusiese una marca en su mano derecha, ó en sus frentes:
¿Quién no te temerá, oh Señor, y engrandecerá tu nombre? porque tú sólo eres santo; por lo cual todas las naciones vendrán, y adorarán delante de ti, porque tus juicios son manifestados.
Y el ángel me dijo: ¿Por qué te maravillas? Yo te diré el misterio de la mujer, y de la bestia que la trae, la cual tiene siete cabezas y diez cuernos.
Y salió una voz del trono, que decía: Load á nuestro Dios todos sus siervos, y los que le teméis, así pequeños como grandes.
Teniendo la claridad de Dios: y su luz era semejante á una piedra preciosísima, como piedra de jaspe, resplandeciente como cristal.
Y he aquí, yo vengo presto, y mi galardón conmigo, para recompensar á cada uno según fuere su obra.
Yo Jesús he enviado mi ángel para daros testimonio de estas cosas en las iglesias. Yo soy la raíz y el linaje de David, la estrella resplandeciente, y de la mañana.

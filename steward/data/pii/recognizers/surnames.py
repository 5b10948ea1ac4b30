"""Surnames: the 20,000 most frequent of the US Census Bureau's 1990 surname list (public
domain), as shipped in the MIT-licensed PyPI package ``names`` 0.3.0 (``dist.all.last``), title
case, less names of one or two letters, English stop words and the ambiguous common words of
:mod:`person_en`. 19854 names. Many are also ordinary words ("Young", "Long", "Price"), so a
surname alone is weak evidence: it counts after a given name, a title, a name cue or in a list of
names.
"""

from __future__ import annotations

from steward.data.pii.recognizers.base import words

SURNAMES: frozenset[str] = frozenset(
    words("""
Smith Johnson Williams Jones Davis Miller Wilson Moore Taylor Anderson Thomas Jackson Harris
Martin Thompson Garcia Martinez Robinson Clark Rodriguez Lewis Lee Walker Hall Allen Hernandez
Wright Lopez Hill Scott Adams Baker Gonzalez Nelson Mitchell Perez Roberts Turner Phillips
Campbell Parker Evans Edwards Collins Stewart Sanchez Morris Rogers Reed Cook Morgan Murphy
Bailey Rivera Cooper Richardson Cox Howard Ward Torres Peterson Ramirez James Watson Brooks
Kelly Sanders Bennett Wood Barnes Ross Henderson Coleman Jenkins Perry Powell Patterson Hughes
Flores Washington Butler Simmons Foster Gonzales Bryant Alexander Russell Griffin Diaz Hayes
Myers Ford Hamilton Graham Sullivan Wallace Woods Cole West Jordan Owens Reynolds Fisher Ellis
Harrison Gibson Mcdonald Cruz Marshall Ortiz Gomez Murray Freeman Wells Webb Simpson Stevens
Tucker Porter Hicks Crawford Henry Boyd Morales Kennedy Warren Dixon Ramos Reyes Burns Gordon
Shaw Holmes Rice Robertson Hunt Daniels Palmer Mills Nichols Knight Ferguson Hawkins Dunn
Perkins Hudson Spencer Gardner Stephens Payne Pierce Berry Matthews Arnold Wagner Willis Watkins
Olson Carroll Duncan Snyder Hart Cunningham Bradley Andrews Ruiz Harper Fox Riley Armstrong
Carpenter Weaver Greene Lawrence Elliott Chavez Sims Austin Peters Kelley Franklin Lawson Fields
Gutierrez Ryan Schmidt Carr Vasquez Castillo Wheeler Chapman Oliver Montgomery Richards
Williamson Johnston Meyer Bishop Mccoy Howell Alvarez Morrison Hansen Fernandez Garza Harvey
Little Burton Stanley Nguyen George Jacobs Reid Kim Fuller Lynch Gilbert Garrett Romero Welch
Larson Frazier Burke Hanson Day Mendoza Moreno Bowman Medina Fowler Brewer Hoffman Carlson Silva
Pearson Holland Douglas Fleming Jensen Vargas Byrd Davidson Hopkins Terry Herrera Soto Walters
Curtis Neal Caldwell Lowe Jennings Barnett Graves Jimenez Horton Shelton Barrett Obrien Castro
Sutton Gregory Mckinney Lucas Craig Rodriquez Chambers Holt Lambert Fletcher Watts Bates Hale
Rhodes Pena Beck Newman Haynes Mcdaniel Mendez Bush Vaughn Parks Dawson Santiago Norris Hardy
Steele Curry Powers Schultz Barker Guzman Munoz Ball Keller Chandler Weber Leonard Walsh Lyons
Ramsey Wolfe Schneider Mullins Benson Sharp Bowen Daniel Barber Cummings Hines Baldwin Griffith
Valdez Hubbard Salazar Reeves Warner Stevenson Burgess Santos Tate Cross Garner Mann Mack Moss
Thornton Dennis Mcgee Farmer Delgado Aguilar Vega Glover Manning Cohen Harmon Rodgers Robbins
Newton Todd Blair Higgins Ingram Reese Cannon Strickland Townsend Potter Goodwin Walton Rowe
Hampton Ortega Patton Swanson Joseph Francis Goodman Maldonado Yates Becker Erickson Hodges Rios
Conner Adkins Webster Norman Malone Hammond Flowers Cobb Moody Quinn Blake Maxwell Pope Floyd
Osborne Paul Mccarthy Guerrero Lindsey Estrada Sandoval Gibbs Tyler Gross Fitzgerald Stokes
Doyle Sherman Saunders Wise Colon Gill Alvarado Greer Padilla Simon Waters Nunez Ballard
Schwartz Mcbride Houston Christensen Klein Pratt Briggs Parsons Mclaughlin Zimmerman French
Buchanan Moran Copeland Roy Pittman Brady Mccormick Holloway Brock Poole Logan Owen Bass Marsh
Drake Wong Jefferson Park Morton Abbott Sparks Patrick Norton Huff Clayton Massey Lloyd Figueroa
Carson Bowers Roberson Barton Tran Lamb Harrington Casey Boone Cortez Clarke Mathis Singleton
Wilkins Cain Bryan Underwood Hogan Mckenzie Collier Luna Phelps Mcguire Allison Bridges
Wilkerson Nash Summers Atkins Wilcox Pitts Conley Marquez Burnett Richard Cochran Davenport Hood
Gates Ayala Sawyer Roman Vazquez Dickerson Hodge Acosta Flynn Espinoza Nicholson Monroe Wolf
Morrow Kirk Randall Anthony Whitaker Oconnor Skinner Ware Molina Kirby Huffman Bradford Charles
Gilmore Dominguez Oneal Bruce Lang Combs Kramer Hancock Gallagher Gaines Shaffer Short Wiggins
Mathews Mcclain Fischer Wall Small Melton Hensley Bond Dyer Cameron Grimes Contreras Christian
Wyatt Baxter Snow Mosley Shepherd Larsen Hoover Beasley Glenn Petersen Whitehead Meyers Keith
Garrison Vincent Shields Horn Savage Olsen Schroeder Hartman Woodard Mueller Kemp Deleon Booth
Patel Calhoun Wiley Eaton Cline Navarro Harrell Lester Humphrey Parrish Duran Hutchinson Hess
Dorsey Bullock Robles Beard Dalton Avila Vance Blackwell York Johns Blankenship Trevino Salinas
Campos Pruitt Moses Callahan Golden Montoya Hardin Guerra Mcdowell Carey Stafford Gallegos
Henson Wilkinson Booker Merritt Miranda Atkinson Orr Decker Hobbs Preston Tanner Knox Pacheco
Stephenson Glass Rojas Serrano Marks Hickman English Sweeney Strong Prince Mcclure Conway Walter
Roth Maynard Farrell Lowery Hurst Nixon Weiss Trujillo Ellison Sloan Juarez Winters Mclean
Randolph Leon Boyer Villarreal Mccall Gentry Carrillo Kent Ayers Lara Shannon Sexton Pace Hull
Leblanc Browning Velasquez Leach Chang House Sellers Herring Noble Foley Bartlett Mercado Landry
Durham Walls Barr Mckee Bauer Rivers Everett Bradshaw Pugh Velez Rush Estes Dodson Morse
Sheppard Weeks Camacho Bean Barron Livingston Middleton Spears Branch Blevins Chen Kerr
Mcconnell Hatfield Harding Ashley Solis Herman Frost Giles Blackburn William Pennington Woodward
Finley Mcintosh Koch Best Solomon Mccullough Dudley Nolan Blanchard Rivas Brennan Mejia Kane
Benton Joyce Buckley Haley Valentine Maddox Russo Mcknight Buck Moon Mcmillan Crosby Berg Dotson
Mays Roach Church Chan Richmond Meadows Faulkner Oneill Knapp Kline Barry Ochoa Jacobson Gay
Avery Hendricks Horne Shepard Hebert Cherry Cardenas Mcintyre Whitney Waller Holman Donaldson
Cantu Terrell Morin Gillespie Fuentes Tillman Sanford Bentley Peck Key Salas Rollins Gamble
Dickson Battle Santana Cabrera Cervantes Howe Hinton Hurley Spence Zamora Yang Mcneil Suarez
Case Petty Gould Mcfarland Sampson Carver Bray Rosario Macdonald Stout Hester Melendez Dillon
Farley Hopper Galloway Potts Bernard Joyner Stein Aguirre Osborn Mercer Bender Franco Rowland
Sykes Benjamin Travis Pickett Crane Sears Mayo Dunlap Hayden Wilder Mckay Coffey Mccarty Ewing
Cooley Vaughan Bonner Cotton Holder Stark Ferrell Cantrell Fulton Lynn Lott Calderon Rosa
Pollard Hooper Burch Mullen Fry Riddle Levy David Duke Odonnell Michael Britt Frederick
Daugherty Berger Dillard Alston Jarvis Frye Riggs Chaney Odom Duffy Fitzpatrick Valenzuela
Merrill Mayer Alford Mcpherson Acevedo Donovan Barrera Albert Cote Reilly Compton Raymond Mooney
Mcgowan Craft Cleveland Clemons Wynn Nielsen Baird Stanton Snider Rosales Bright Witt Stuart
Hays Holden Rutledge Kinney Clements Castaneda Slater Hahn Emerson Conrad Burks Delaney Pate
Lancaster Sweet Justice Tyson Sharpe Whitfield Talley Macias Irwin Burris Ratliff Mccray Madden
Kaufman Beach Goff Bolton Mcfadden Levine Good Byers Kirkland Kidd Workman Carney Mcleod Holcomb
England Finch Head Burt Hendrix Sosa Haney Franks Sargent Nieves Downs Rasmussen Bird Hewitt
Lindsay Foreman Valencia Oneil Delacruz Vinson Dejesus Hyde Forbes Gilliam Guthrie Wooten Huber
Barlow Boyle Mcmahon Buckner Rocha Puckett Langley Knowles Cooke Velazquez Whitley Noel Vang
Shea Rouse Hartley Mayfield Elder Rankin Hanna Cowan Lucero Arroyo Slaughter Haas Oconnell Minor
Kendrick Shirley Kendall Boucher Archer Boggs Odell Dougherty Andersen Newell Crowe Wang
Friedman Bland Swain Holley Felix Pearce Childs Yarbrough Galvan Proctor Meeks Lozano Mora
Rangel Bacon Villanueva Schaefer Rosado Helms Boyce Goss Stinson Smart Lake Ibarra Hutchins
Covington Reyna Gregg Werner Crowley Hatcher Mackey Bunch Womack Polk Jamison Dodd Childress
Childers Camp Villa Dye Springer Mahoney Dailey Belcher Lockhart Griggs Costa Connor Brandt
Winter Walden Moser Tracy Tatum Mccann Akers Lutz Pryor Law Orozco Mcallister Lugo Davies
Shoemaker Madison Rutherford Newsome Magee Chamberlain Blanton Simms Godfrey Flanagan Crum
Cordova Escobar Downing Sinclair Donahue Krueger Mcginnis Gore Farris Webber Corbett Andrade
Starr Lyon Yoder Hastings Mcgrath Spivey Krause Harden Crabtree Kirkpatrick Hollis Brandon
Arrington Ervin Clifton Ritter Mcghee Bolden Maloney Gagnon Dunbar Ponce Pike Mayes Heard Beatty
Mobley Kimball Butts Montes Herbert Grady Eldridge Braun Hamm Gibbons Seymour Moyer Manley
Herron Plummer Elmore Cramer Gary Rucker Hilton Blue Pierson Fontenot Field Rubio Goldstein
Elkins Wills Novak John Hickey Worley Gorman Katz Dickinson Broussard Fritz Woodruff Crow
Christopher Britton Forrest Nance Lehman Bingham Zuniga Whaley Shafer Coffman Steward Delarosa
Nix Neely Numbers Mata Manuel Davila Mccabe Kessler Emery Bowling Hinkle Welsh Pagan Goldberg
Goins Crouch Cuevas Quinones Mcdermott Hendrickson Samuels Denton Bergeron Lam Ivey Locke Haines
Thurman Snell Hoskins Byrne Milton Winston Arthur Arias Stanford Roe Corbin Beltran Chappell
Hurt Downey Dooley Tuttle Couch Payton Mcelroy Crockett Groves Clement Leslie Cartwright Dickey
Mcgill Dubois Muniz Erwin Self Tolbert Dempsey Cisneros Sewell Latham Garland Vigil Tapia Rainey
Norwood Lacy Stroud Meade Amos Tipton Lord Kuhn Hilliard Bonilla Teague Courtney Gunn Greenwood
Correa Reece Weston Poe Trent Pineda Phipps Frey Kaiser Ames Paige Gunter Schmitt Milligan
Espinosa Carlton Bowden Vickers Lowry Pritchard Costello Piper Mcclellan Lovell Sheehan Quick
Hatch Dobson Singh Jeffries Hollingsworth Sorensen Meza Fink Donnelly Burrell Bruno Tomlinson
Colbert Billings Ritchie Helton Sutherland Peoples Mcqueen Gaston Thomason Mckinley Givens
Crocker Vogel Robison Dunham Coker Swartz Keys Lilly Ladner Hannah Willard Richter Hargrove
Edmonds Brantley Albright Murdock Boswell Muller Quintero Padgett Kenney Daly Connolly Pierre
Inman Quintana Lund Barnard Villegas Simons Land Huggins Tidwell Sanderson Bullard Mcclendon
Duarte Draper Meredith Marrero Dwyer Abrams Stover Goode Fraser Crews Bernal Smiley Godwin Fish
Conklin Mcneal Baca Esparza Crowder Bower Nicholas Chung Brewster Mcneill Dick Rodrigues Leal
Coates Raines Mccain Mccord Miner Holbrook Swift Dukes Carlisle Aldridge Ackerman Starks Ricks
Holliday Ferris Hairston Sheffield Lange Fountain Marino Doss Betts Kaplan Carmichael Bloom
Ruffin Penn Kern Bowles Sizemore Larkin Dupree Jewell Silver Seals Metcalf Hutchison Henley Farr
Castle Mccauley Hankins Gustafson Deal Curran Ash Waddell Ramey Cates Pollock Major Irvin
Cummins Messer Heller Dewitt Lin Funk Cornett Palacios Galindo Cano Hathaway Singer Pham
Enriquez Aaron Salgado Pelletier Painter Wiseman Blount Hand Feliciano Temple Houser Doherty
Mead Mcgraw Toney Swan Melvin Capps Blanco Blackmon Wesley Thomson Mcmanus Fair Burkett Post
Gleason Rudolph Ott Dickens Cormier Voss Rushing Rosenberg Hurd Dumas Benitez Arellano Story
Marin Caudill Bragg Jaramillo Huerta Gipson Colvin Biggs Vela Platt Cassidy Tompkins Mccollum
Kay Gabriel Dolan Daley Crump Sneed Kilgore Grove Grimm Davison Brunson Prater Marcum Devine
Kyle Dodge Stratton Rosas Choi Tripp Ledbetter Lay Hightower Haywood Feldman Epps Yeager Posey
Sylvester Scruggs Cope Stubbs Richey Overton Trotter Sprague Cordero Butcher Burger Stiles
Burgos Woodson Horner Bassett Purcell Haskins Gee Akins Abraham Hoyt Ziegler Spaulding Hadley
Grubbs Sumner Murillo Zavala Shook Lockwood Jarrett Driscoll Dahl Thorpe Sheridan Redmond Putnam
Mcwilliams Mcrae Cornell Felton Romano Joiner Sadler Hedrick Hager Hagen Fitch Coulter Thacker
Mansfield Langston Guidry Ferreira Corley Conn Rossi Lackey Cody Baez Saenz Mcnamara Darnell
Michel Mcmullen Mckenna Mcdonough Link Engel Browne Roper Peacock Eubanks Drummond Stringer
Pritchett Parham Mims Landers Ham Grayson Stacy Schafer Egan Timmons Ohara Keen Hamlin Finn
Cortes Mcnair Louis Clifford Nadeau Moseley Michaud Rosen Oakes Kurtz Jeffers Calloway Beal
Bautista Winn Suggs Stern Stapleton Lyles Laird Montano Diamond Dawkins Roland Hagan Goldman
Bryson Barajas Lovett Segura Metz Lockett Langford Hinson Eastman Rock Hooks Smallwood Shapiro
Crowell Whalen Triplett Hooker Chatman Aldrich Cahill Youngblood Ybarra Stallings Sheets Samuel
Reeder Person Pack Lacey Connelly Bateman Abernathy Winkler Wilkes Masters Hackett Granger
Gillis Schmitz Sapp Napier Souza Lanier Gomes Weir Otero Ledford Burroughs Babcock Ventura
Siegel Dugan Clinton Christie Bledsoe Atwood Wray Varner Spangler Otto Anaya Staley Kraft
Fournier Eddy Belanger Wolff Thorne Bynum Burnette Boykin Swenson Purvis Pina Khan Duvall Darby
Xiong Kauffman Ali Healy Engle Corona Benoit Valle Steiner Spicer Shaver Randle Lundy Dow Chin
Calvert Staton Neff Kearney Darden Oakley Medeiros Mccracken Crenshaw Block Beaver Perdue Dill
Whittaker Tobin Cornelius Washburn Hogue Goodrich Easley Bravo Dennison Vera Shipley Kerns
Jorgensen Crain Abel Villalobos Maurer Longoria Keene Coon Sierra Witherspoon Staples Pettit
Kincaid Eason Madrid Echols Lusk Stahl Currie Thayer Shultz Sherwood Mcnally Seay North Maher
Kenny Gagne Barrow Nava Myles Moreland Honeycutt Hearn Diggs Caron Whitten Westbrook Stovall
Ragland Queen Munson Meier Looney Kimble Jolly Hobson London Goddard Culver Burr Presley Negron
Connell Tovar Marcus Huddleston Hammer Ashby Salter Root Pendleton Oleary Nickerson Myrick Judd
Jacobsen Elliot Bain Adair Starnes Sheldon Matos Light Busby Herndon Hanley Bellamy Doty Bartley
Yazzie Rowell Parson Gifford Cullen Christiansen Benavides Barnhart Talbot Mock Crandall Connors
Bonds Whitt Gage Bergman Arredondo Addison Marion Lujan Dowdy Jernigan Huynh Bouchard Dutton
Rhoades Ouellette Kiser Rubin Herrington Hare Denny Blackman Babb Allred Rudd Paulson Ogden
Koenig Jacob Irving Geiger Begay Parra Champion Lassiter Hawk Esposito Cho Waldron Vernon Ransom
Prather Keenan Grover Chacon Vick Sands Roark Parr Mayberry Greenberg Coley Bruner Whitman
Skaggs Shipman Means Leary Hutton Romo Medrano Ladd Kruse Friend Darling Askew Valentin Schulz
Alfaro Tabor Mohr Gallo Bermudez Pereira Isaac Bliss Reaves Flint Comer Boston Woodall Naquin
Guevara Earl Delong Carrier Pickens Brand Tilley Schaffer Read Lim Knutson Fenton Doran Chu Vogt
Vann Prescott Mclain Landis Corcoran Ambrose Zapata Hyatt Hemphill Faulk Dove Boudreaux Aragon
Whitlock Trejo Tackett Shearer Saldana Hanks Gold Driver Mckinnon Koehler Champagne Bourgeois
Pool Keyes Goodson Foote Early Lunsford Goldsmith Flood Winslow Sams Reagan Mccloud Hough
Esquivel Naylor Loomis Coronado Ludwig Braswell Bearden Sherrill Huang Fagan Ezell Edmondson Cyr
Cronin Nunn Lemon Guillory Grier Dubose Traylor Ryder Dobbins Coyle Aponte Whitmore Smalls Rowan
Malloy Cardona Braxton Borden Humphries Carrasco Ruff Metzger Huntley Hinojosa Finney Madsen
Hong Hills Ernst Dozier Burkhart Bowser Peralta Daigle Whittington Sorenson Saucedo Roche
Redding Loyd Fugate Avalos Waite Lind Huston Hay Benedict Hawthorne Hamby Boyles Boles Regan
Faust Crook Beam Barger Hinds Gallardo Elias Willoughby Willingham Wilburn Eckert Busch Zepeda
Worthington Tinsley Russ Hoff Hawley Carmona Varela Rector Newcomb Mallory Kinsey Dube Whatley
Strange Ragsdale Bernstein Becerra Yost Mattson Felder Cheek Luke Handy Grossman Gauthier
Escobedo Braden Beckman Mott Hillman Gil Flaherty Dykes Doe Stockton Stearns Lofton Kitchen
Coats Cavazos Beavers Barrios Tang Parish Mosher Lincoln Cardwell Coles Burnham Weller Lemons
Beebe Aguilera Ring Parnell Harman Couture Alley Schumacher Redd Dobbs Blum Blalock Merchant
Ennis Denson Cottrell Chester Brannon Bagley Aviles Watt Sousa Rosenthal Rooney Dietz Blank
Paquette Mcclelland Duff Velasco Lentz Grubb Burrows Barbour Ulrich Shockley Rader German Beyer
Mixon Layton Altman Alonzo Weathers Titus Stoner Squires Shipp Priest Lipscomb Cutler Caballero
Zimmer Willett Thurston Storey Medley Lyle Epperson Shah Mcmillian Baggett Torrez Laws Hirsch
Dent Corey Poirier Peachey Jacques Farrar Creech Barth Trimble France Dupre Albrecht Sample
Lawler Crisp Conroy Chadwick Wetzel Nesbitt Murry Jameson Wilhelm Patten Minton Matson Kimbrough
Iverson Guinn Gale Fortune Croft Toth Pulliam Nugent Newby Littlejohn Dias Canales Bernier Baron
Barney Singletary Renteria Pruett Mchugh Mabry Landrum Brower Weldon Stoddard Ruth Cagle Stjohn
Scales Kohler Kellogg Hopson Gant Tharp Gann Zeigler Pringle Hammons Fairchild Deaton Chavis
Carnes Rowley Matlock Libby Kearns Irizarry Carrington Starkey Pepper Lopes Jarrell Fay Craven
Beverly Baum Spain Littlefield Linn Humphreys Hook High Etheridge Cuellar Chastain Chance Bundy
Speer Skelton Quiroz Pyle Portillo Ponder Moulton Machado Liu Killian Hutson Hitchcock Ellsworth
Dowling Cloud Burdick Spann Pedersen Levin Leggett Hayward Hacker Dietrich Beaulieu Barksdale
Wakefield Snowden Paris Briscoe Bowie Berman Ogle Mcgregor Laughlin Helm Burden Wheatley
Schreiber Pressley Parris Alaniz Agee Urban Swann Snodgrass Schuster Radford Monk Mattingly Main
Lamar Harp Girard Cheney Yancey Wagoner Ridley Lombardo Lau Hudgins Gaskins Duckworth Coe Coburn
Willey Prado Newberry Magana Hammonds Elam Whipple Slade Serna Ojeda Liles Dorman Diehl Upton
Reardon Michaels Kelsey Goetz Eller Bauman Baer Augustine Layne Hummel Brenner Amaya Adamson
Ornelas Dowell Cloutier Christy Castellanos Wing Wellman Saylor Orourke Moya Montalvo Kilpatrick
Harley Durbin Shell Oldham Kang Garvin Foss Branham Bartholomew Templeton Maguire Holton Alonso
Rider Monahan Mccormack Beaty Anders Streeter Nieto Nielson Moffett Lankford Keating Heck Gatlin
Delatorre Callaway Adcock Worrell Unger Robinette Nowak Jeter Brunner Ashton Steen Parrott
Overstreet Nobles Montanez Luther Clevenger Brinkley Trahan Quarles Pickering Pederson Jansen
Grantham Gilchrist Crespo Aiken Schell Schaeffer Lorenz Leyva Harms Dyson Wallis Pease Leavitt
Hyman Cheng Cavanaugh Batts Warden Seaman Rockwell Quezada Paxton Linder Houck Fontaine Durant
Caruso Adler Pimentel Mize Lytle Donald Cleary Cason Acker Switzer Salmon Isaacs Higginbotham
Han Waterman Vandyke Stamper Sisk Shuler Riddick Redman Mcmahan Levesque Hatton Bronson
Bollinger Arnett Okeefe Gerber Gannon Farnsworth Baughman Silverman Satterfield Royal Mccrary
Kowalski Grigsby Greco Cabral Trout Rinehart Mahon Linton Gooden Curley Baugh Wyman Weiner
Schwab Schuler Morrissey Mahan Coy Bunn Andrew Thrasher Spear Waggoner Shelley Robert Qualls
Purdy Mcwhorter Mauldin Jordon Gilman Perryman Newsom Menard Martino Graf Billingsley Artis
Simpkins Salisbury Quintanilla Gilliland Fraley Foust Crouse Scarborough Ngo Grissom Fultz Rico
Marlow Markham Madrigal Lawton Barfield Whiting Varney Schwarz Huey Gooch Arce Wheat Truong
Poulin Mackenzie Leone Hurtado Selby Gaither Fortner Culpepper Coughlin Brinson Boudreau Barkley
Bales Stepp Holm Tan Schilling Morrell Kahn Heaton Gamez Douglass Causey Brothers Turpin Shanks
Schrader Meek Isom Hardison Carranza Yanez Scroggins Schofield Runyon Ratcliff Murrell Moeller
Irby Currier Butterfield Yee Ralston Pullen Pinson Estep East Carbone Hawks Ellington Casillas
Spurlock Sikes Motley Mccartney Kruger Isbell Houle Francisco Burk Bone Tomlin Shelby Quigley
Neumann Lovelace Fennell Colby Cheatham Bustamante Skidmore Hidalgo Forman Culp Bowens
Betancourt Aquino Robb Rea Milner Martel Gresham Wiles Ricketts Gavin Dowd Collazo Bostic
Blakely Sherrod Power Kenyon Gandy Ebert Deloach Cary Bull Allard Sauer Robins Olivares Gillette
Chestnut Bourque Paine Lyman Hite Hauser Devore Crawley Chapa Tobias Talbert Poindexter Millard
Meador Mcduffie Mattox Kraus Harkins Choate Bess Wren Sledge Sanborn Outlaw Kinder Geary
Cornwell Barclay Adam Abney Seward Rhoads Howland Fortier Easter Benner Vines Tubbs Troutman
Rapp Noe Mccurdy Harder Deluca Westmoreland South Havens Guajardo Ely Clary Seal Meehan Herzog
Guillen Ashcraft Waugh Renner Milam Jung Elrod Churchill Buford Breaux Bolin Asher Windham
Tirado Pemberton Nolen Noland Knott Emmons Cornish Christenson Brownlee Barbee Waldrop Pitt
Olvera Lombardi Gruber Gaffney Eggleston Banda Archuleta Slone Prewitt Pfeiffer Nettles Mena
Mcadams Henning Gardiner Cromwell Chisholm Burleson Vest Oglesby Mccarter Malcolm Lumpkin Larue
Wofford Vanhorn Thorn Teel Swafford Stclair Stanfield Ocampo Herrmann Hannon Arsenault Roush
Mcalister Hiatt Gunderson Forsythe Duggan Delvalle Cintron Wilks Weinstein Uribe Rizzo Noyes
Mclendon Gurley Bethea Winstead Maples Harry Guyton Giordano Alderman Valdes Polanco Pappas
Lively Grogan Griffiths Bobo Arevalo Whitson Sowell Rendon Matthew Julian Fernandes Farrow
Edmond Benavidez Ayres Alicea Stump Smalley Seitz Schulte Gilley Gallant Dewey Casper Canfield
Wolford Omalley Mcnutt Mcnulty Mcgovern Hardman Harbin Cowart Chavarria Brink Beckett Bagwell
Armstead Anglin Abreu Reynoso Krebs Jett Hoffmann Greenfield Forte Burney Broome Sisson Parent
Jude Younger Trammell Partridge Marvin Mace Lomax Lemieux Gossett Frantz Fogle Cooney Broughton
Pence Paulsen Neil Muncy Mcarthur Hollins Edward Beauchamp Withers Osorio Mulligan Hoyle Foy
Dockery Cockrell Begley Amador Roby Rains Lindquist Gentile Everhart Bohannon Wylie Thao Sommers
Purnell Palma Fortin Dunning Breeden Vail Phelan Phan Marx Cosby Colburn Chong Boling Biddle
Ledesma Gaddis Denney Chow Bueno Berrios Wicker Tolliver Thibodeaux Nagle Lavoie Fisk Crist
Barbosa Reedy Locklear Kolb Himes Behrens Beckwith Beckham Weems Wahl Shorter Shackelford Rees
Muse Free Cerda Valadez Thibodeau Saavedra Ridgeway Reiter Mchenry Majors Lachance Keaton Israel
Ferrara Falcon Clemens Blocker Applegate Paz Needham Mojica Kuykendall Hamel Escamilla Doughty
Burchett Ainsworth Wilbur Vidal Upchurch Thigpen Strauss Spruill Sowers Riggins Ricker Mccombs
Harlow Garnett Buffington Sotelo Olivas Negrete Morey Macon Logsdon Lapointe Florence Cathey
Bigelow Bello Westfall Stubblefield Peak Lindley Jeffrey Hein Hawes Farrington Edge Breen Birch
Wilde Steed Sepulveda Reinhardt Proffitt Minter Messina Mcnabb Maier Keeler Gamboa Donohue
Dexter Basham Shinn Orlando Crooks Cota Borders Bills Bachman Tisdale Tavares Schmid Pickard
Jasper Gulley Fonseca Delossantos Condon Clancy Batista Wicks Wadsworth New Martell Littleton
Ison Haag Folsom Brumfield Broyles Brito Mireles Mcdonnell Leclair Hamblin Gough Fanning Binder
Winfield Whitworth Soriano Palumbo Newkirk Mangum Hutcherson Comstock Cecil Carlin Beall Bair
Wendt Watters Walling Putman Otoole Oliva Morley Mares Lemus Keener Jeffery Hundley Dial Damico
Billups Strother Mcfarlane Lamm Eaves Crutcher Caraballo Canty Atwell Taft Siler Rust Rawls
Rawlings Prieto Niles Mcneely Mcafee Hulsey Harlan Hackney Galvez Escalante Delagarza Crider
Charlton Bandy Wilbanks Stowe Steinberg Samson Renfro Masterson Massie Lanham Haskell Hamrick
Fort Dehart Card Burdette Branson Bourne Babin Aleman Worthy Tibbs Sweat Smoot Slack Paradis
Packard Mull Luce Houghton Gantt Furman Danner Christianson Burge Broderick Ashford Arndt
Almeida Stallworth Shade Searcy Sager Noonan Mclemore Mcintire Maxey Lavigne Jobe Ireland Ferrer
Falk Edgar Coffin Byrnes Aranda Apodaca Stamps Rounds Peek Olmstead Lewandowski Kaminski Dunaway
Bruns Brackett Amato Reich Mcclung Lacroix Koontz Herrick Hardesty Flanders Cousins Close Cato
Cade Vickery Shank Nagel Dupuis Croteau Cotter Cable Stuckey Stine Porterfield Pauley Nye
Moffitt Knudsen Hardwick Goforth Dupont Blunt Barrows Barnhill Shull Rash Ralph Lorenzo Loftis
Lemay Kitchens Horvath Grenier Fuchs Fairbanks Culbertson Calkins Burnside Beattie Ashworth
Albertson Wertz Vaught Vallejo Tyree Turk Tuck Tijerina Sage Picard Peterman Otis Marroquin Marr
Lantz Hoang Demarco Daily Cone Berube Barnette Wharton Stinnett Slocum Scanlon Sander Pinto
Mancuso Lima Judge Headley Epstein Counts Clarkson Carnahan Brice Boren Arteaga Adame Zook
Whittle Whitehurst Wenzel Saxton Rhea Reddick Puente Hazel Handley Haggerty Earley Devlin Dallas
Chaffin Cady Ahmed Acuna Solano Sigler Pollack Pendergrass Ostrander Janes Francois Fine
Crutchfield Cordell Chamberlin Brubaker Baptiste Willson Reis Neeley Mullin Mercier Lira Layman
Keeling Higdon Guest Forrester Espinal Dion Chapin Carl Warfield Toledo Pulido Peebles Nagy
Montague Mello Lear Jaeger Hogg Graff Furr Derrick Cave Canada Soliz Poore Mendenhall Mclaurin
Maestas Low Gable Belt Barraza Tillery Snead Pond Neill Mcculloch Mccorkle Lightfoot Hutchings
Holloman Harness Dorn Council Bock Zielinski Turley Treadwell Stpierre Starling Somers Oswald
Merrick Marquis Ivory Easterling Bivens Truitt Poston Parry Ontiveros Olivarez Neville Moreau
Medlin Lenz Knowlton Fairley Cobbs Chisolm Bannister Woodworth Toler Ocasio Noriega Neuman Moye
Milburn Mcclanahan Lilley Hanes Flannery Dellinger Danielson Conti Blodgett Beers Weatherford
Strain Karr Hitt Denham Custer Coble Clough Casteel Bolduc Batchelor Ammons Whitlow Tierney
Staten Sibley Seifert Schubert Salcedo Mattison Laney Haggard Grooms Dix Dees Cromer Cooks
Colson Caswell Zarate Swisher Stacey Shin Ragan Pridgen Mcvey Matheny Leigh Lafleur Franz
Ferraro Dugger Whiteside Rigsby Mcmurray Lehmann Large Jacoby Hildebrand Hendrick Headrick Goad
Fincher Drury Borges Archibald Albers Woodcock Trapp Soares Seaton Richie Monson Luckett
Lindberg Kopp Keeton Hsu Healey Garvey Gaddy Fain Burchfield Badger Wentworth Strand Stack
Spooner Saucier Sales Ricci Plunkett Pannell Ness Leger Hoy Freitas Fong Elizondo Duval Chun
Calvin Beaudoin Urbina Stock Rickard Partin Moe Mcgrew Mcclintock Ledoux Forsyth Faison Devries
Bertrand Wasson Tilton Scarbrough Pride Leung Larry Irvine Garber Denning Corral Colley
Castleberry Bowlin Bogan Beale Baines True Trice Rayburn Parkinson Pak Nunes Mcmillen Leahy Lea
Kimmel Higgs Fulmer Carden Bedford Taggart Spearman Register Prichard Morrill Koonce Heinz
Hedges Guenther Grice Findley Earle Dover Creighton Boothe Bayer Arreola Vitale Valles Raney
Peter Osgood Lowell Hanlon Burley Bounds Worden Weatherly Vetter Tanaka Stiltner Sell Nevarez
Mosby Montero Melancon Harter Hamer Goble Gladden Gist Ginn Akin Zaragoza Towns Tarver Sammons
Royster Oreilly Muir Morehead Luster Kingsley Kelso Grisham Glynn Baumann Alves Yount Tamayo Tam
Paterson Oates Menendez Longo Hargis Greenlee Gillen Desantis Conover Breedlove Wayne Sumpter
Scherer Rupp Reichert Heredia Fallon Creel Cohn Clemmons Casas Bickford Belton Bach Williford
Whitcomb Tennant Sutter Stull Sessions Mccallum Manson Langlois Keel Keegan Emanuel Dangelo
Dancy Damron Clapp Clanton Bankston Trinidad Oliveira Mintz Mcinnis Martens Mabe Laster Jolley
Irish Hildreth Hefner Glaser Duckett Demers Brockman Blais Alcorn Agnew Toliver Tice Song Seeley
Najera Musser Mcfall Laplante Galvin Fajardo Doan Coyne Copley Clawson Cheung Barone Wynne
Woodley Tremblay Stoll Sparrow Sparkman Schweitzer Sasser Samples Roney Ramon Legg Lai Joe Heim
Farias Concepcion Colwell Christman Bratcher Alba Winchester Upshaw Southerland Sorrell Shay
Sells Mount Mccloskey Martindale Luttrell Loveless Lovejoy Linares Latimer Embry Coombs Bratton
Bostick Boss Venable Tuggle Toro Staggs Sandlin Jefferies Heckman Griffis Crayton Clem Button
Browder Allan Thorton Sturgill Sprouse Royer Rousseau Ridenour Pogue Perales Peeples Metzler
Mesa Mccutcheon Mcbee Jay Hornsby Heffner Corrigan Armijo Vue Romeo Plante Peyton Paredes
Macklin Hussey Hodgson Granados Frias Carman Brent Becnel Batten Almanza Turney Teal Sturgeon
Meeker Mcdaniels Limon Keeney Kee Hutto Holguin Gorham Fishman Fierro Blanchette Rodrigue Reddy
Osburn Oden Lerma Kirkwood Keefer Haugen Hammett Chalmers Carlos Brinkman Baumgartner Zhang
Valerio Tellez Steffen Shumate Sauls Ripley Kemper Jacks Guffey Evers Craddock Carvalho Blaylock
Banuelos Balderas Wooden Wheaton Turnbull Shuman Pointer Mosier Mccue Ligon Kozlowski Johansen
Ingle Herr Briones Southern Snipes Rickman Pipkin Peace Pantoja Orosco Moniz Lawless Kunkel
Hibbard Galarza Enos Bussey Settle Schott Salcido Perreault Mcdougal Mccool Haight Garris Ferry
Easton Conyers Atherton Wimberly Utley Stephen Spellman Smithson Slagle Skipper Ritchey Rand
Petit Osullivan Oaks Nutt Mcvay Mccreary Mayhew Knoll Jewett Harwood Hailey Cardoza Ashe Arriaga
Andres Zeller Wirth Whitmire Stauffer Spring Rountree Redden Mccaffrey Martz Loving Larose
Langdon Humes Gaskin Faber Doll Devito Cass Almond Wingfield Wingate Villareal Tyner Smothers
Severson Reno Pennell Maupin Leighton Janssen Hassell Hallman Halcomb Folse Fitzsimmons Fahey
Cranford Bolen Battles Battaglia Wooldridge Weed Trask Rosser Regalado Mcewen Keefe Fuqua
Echevarria Domingo Dang Caro Boynton Andrus Wild Viera Vanmeter Taber Spradlin Seibert Provost
Prentice Oliphant Laporte Hwang Hatchett Hass Greiner Freedman Covert Chilton Byars Wiese
Venegas Swank Shrader Roderick Roberge Mullis Mortensen Mccune Marlowe Kirchner Keck Isaacson
Hostetler Halverson Gunther Griswold Gerard Fenner Durden Blackwood Bertram Ahrens Sawyers Savoy
Nabors Mcswain Mackay Loy Lavender Lash Labbe Jessup Hubert Fullerton Donnell Cruse Crittenden
Correia Centeno Caudle Canady Callender Alarcon Ahern Winfrey Tribble Tom Styles Salley Roden
Musgrove Minnick Fortenberry Carrion Bunting Bethel Batiste Woo Whited Underhill Stillwell
Silvia Rauch Pippin Perrin Messenger Mancini Lister Kinard Hartmann Fleck Broadway Wilt Treadway
Thornhill Speed Spalding Sam Rafferty Pitre Patino Ordonez Linkous Kelleher Homan Holiday
Galbraith Feeney Dorris Curtin Coward Camarillo Buss Bunnell Bolt Beeler Autry Alcala Witte
Wentz Stidham Shively Nunley Meacham Martins Lemke Lefebvre Kaye Hynes Horowitz Hoppe Holcombe
Estrella Dunne Derr Cochrane Brittain Bedard Beauregard Torrence Strunk Soria Simonson Shumaker
Scoggins Packer Oconner Moriarty Leroy Kuntz Ives Hutcheson Horan Hales Garmon Fitts Dell Bohn
Atchison Worth Wisniewski Vanwinkle Sturm Sallee Prosser Moen Lundberg Kunz Kohl Keane Jorgenson
Jaynes Funderburk Freed Frame Durr Creamer Cosgrove Candelaria Berlin Batson Vanhoose Thomsen
Teeter Sommer Smyth Sena Redmon Orellana Maness Lennon Heflin Goulet Frick Forney Dollar Bunker
Asbury Aguiar Talbott Southard Pleasant Mowery Mears Lemmon Krieger Hickson Gracia Elston Duong
Delgadillo Dayton Dasilva Conaway Catron Bruton Bradbury Bordelon Bivins Bittner Bergstrom Beals
Abell Whelan Travers Tejada Pulley Pino Norfleet Nealy Maes Loper Held Gerald Gatewood Frierson
Freund Finnegan Cupp Covey Catalano Boehm Bader Yoon Walston Tenney Sipes Roller Rawlins Medlock
Mccaskill Mccallister Marcotte Maclean Hughey Henke Harwell Gladney Gilson Dew Chism Caskey
Brandenburg Baylor Villasenor Veal Van Thatcher Stegall Shore Petrie Nowlin Navarrete Muhammad
Lombard Loftin Lemaster Kroll Kovach Kimbrell Kidwell Hershberger Fulcher Eng Cantwell Bustos
Boland Bobbitt Binkley Wester Weis Verdin Tong Tiller Sisco Sharkey Seymore Rosenbaum Rohr
Quinonez Pinkston Nation Malley Logue Lessard Lerner Lebron Krauss Klinger Halstead Haller Getz
Burrow Brant Alger Victor Shores Scully Pounds Pfeifer Perron Nelms Munn Mcmaster Mckenney Manns
Knudson Hutchens Huskey Goebel Flagg Cushman Click Castellano Carder Bumgarner Blaine Bible
Wampler Spinks Robson Neel Mcreynolds Mathias Maas Loera Kasper Jose Jenson Florez Coons
Buckingham Brogan Berryman Wilmoth Wilhite Thrash Shephard Seidel Schulze Roldan Pettis Obryan
Maki Mackie Hatley Frazer Fiore Falls Chesser Bui Bottoms Bisson Benefield Allman Wilke Trudeau
Timm Shifflett Rau Mundy Milliken Mayers Leake Kohn Huntington Horsley Hermann Guerin Fryer
Frizzell Foret Flemming Fife Criswell Carbajal Bozeman Boisvert Archie Antonio Angulo Wallen
Tapp Silvers Ramsay Oshea Orta Moll Mckeever Mcgehee Luciano Linville Kiefer Ketchum Howerton
Groce Gaylord Gass Fusco Corbitt Blythe Betz Bartels Amaral Aiello Yoo Weddle Troy Sun Sperry
Seiler Runyan Raley Overby Osteen Olds Mckeown Mauro Matney Lauer Lattimore Hindman Hartwell
Fredrickson Fredericks Espino Clegg Carswell Cambell Burkholder Woodbury Welker Totten Thornburg
Theriault Stitt Stamm Stackhouse Simone Scholl Saxon Rife Razo Quinlan Pinkerton Olivo Nesmith
Nall Mattos Leak Lafferty Justus Giron Geer Fielder Eagle Drayton Dortch Conners Conger Chau
Boatwright Billiot Barden Armenta Antoine Tibbetts Steadman Slattery Sides Rinaldi Raynor
Rayford Pinckney Pettigrew Nickel Milne Matteson Halsey Gonsalves Fellows Durand Desimone Cowley
Cowles Brill Barham Barela Barba Ashmore Withrow Valenti Tejeda Spriggs Sayre Salerno Peltier
Peel Merriman Matheson Lowman Lindstrom Hyland Homer Giroux Fries Frasier Earls Dugas Damon
Dabney Collado Briseno Baxley Andre Word Whyte Wenger Vanover Vanburen Thiel Schindler Schiller
Rigby Pomeroy Passmore Marble Manzo Mahaffey Lindgren Laflamme Greathouse Fite Ferrari Calabrese
Bayne Yamamoto Wick Townes Thames Steel Reinhart Peeler Naranjo Montez Mcdade Mast Markley
Marchand Leeper Kong Kellum Hudgens Hennessey Hadden Guess Gainey Coppola Borrego Bolling Beane
Ault Slaton Poland Pape Null Mulkey Lightner Langer Hillard Glasgow Fabian Ethridge Enright
Derosa Baskin Alfred Weinberg Turman Tinker Somerville Pardo Noll Lashley Ingraham Hiller Hendon
Glaze Flora Cothran Cooksey Conte Carrico Apple Abner Wooley Swope Summerlin Sturgis Sturdivant
Stott Spurgeon Spillman Speight Roussel Popp Nutter Mckeon Mazza Magnuson Lanning Kozak
Jankowski Heyward Forster Corwin Callaghan Bays Wortham Usher Theriot Sayers Sabo Rupert Poling
Nathan Loya Lieberman Levi Laroche Labelle Howes Harr Garay Fogarty Everson Durkin Dominquez
Chaves Chambliss Alfonso Witcher Wilber Vieira Vandiver Terrill Stoker Schreiner Nestor Moorman
Liddell Lew Lawhorn Krug Irons Hylton Hollenbeck Herrin Hembree Hair Goolsby Goodin Gilmer Foltz
Dinkins Daughtry Caban Brim Briley Bilodeau Bear Wyant Vergara Tallent Swearingen Stroup Sherry
Scribner Roger Quillen Pitman Monaco Mccants Maxfield Martinson Landon Holtz Flournoy Brookins
Brody Baumgardner Angelo Straub Sills Roybal Roundtree Oswalt Money Mcgriff Mcdougall Mccleary
Maggard Gragg Gooding Godinez Doolittle Donato Cowell Cassell Bracken Appel Ahmad Zambrano
Reuter Perea Olive Nakamura Monaghan Mickens Mcclinton Mcclary Marler Kish Judkins Gilbreath
Freese Flanigan Felts Erdmann Dodds Chew Brownell Brazil Boatright Barreto Slayton Sandberg
Saldivar Pettway Odum Narvaez Moultrie Montemayor Merrell Lees Keyser Hoke Hardaway Hannan
Gilbertson Fogg Dumont Deberry Coggins Carrera Buxton Bucher Broadnax Beeson Araujo Appleton
Amundson Aguayo Ackley Yocum Worsham Shivers Shelly Sanches Sacco Robey Rhoden Pender Ochs
Mccurry Madera Luong Luis Knotts Jackman Heinrich Hargrave Gault Forest Comeaux Chitwood Child
Caraway Boettcher Bernhardt Barrientos Zink Wickham Whiteman Thorp Stillman Settles Schoonover
Roque Riddell Rey Pilcher Phifer Novotny Maple Macleod Hardee Haase Grider Fredrick Earnest
Doucette Clausen Christmas Bevins Beamon Badillo Tolley Tindall Soule Snook Sebastian Seale
Pitcher Pinkney Pellegrino Nowell Nemeth Nail Mondragon Mclane Lundgren Ingalls Hudspeth Hixson
Gearhart Furlong Downes Dionne Dibble Deyoung Cornejo Camara Brookshire Boyette Wolcott Tracey
Surratt Sellars Segal Salyer Reeve Rausch Philips Labonte Haro Gower Freeland Fawcett Eads
Driggers Donley Collett Cage Bromley Boatman Ballinger Baldridge Volz Trombley Stonge Silas
Shanahan Rivard Rhyne Pedroza Matias Mallard Jamieson Hedgepeth Hartnett Estevez Eskridge Denman
Chiu Chinn Catlett Carmack Buie Book Bechtel Beardsley Bard Ballou Windsor Ulmer Storm Skeen
Robledo Rincon Reitz Piazza Pearl Munger Moten Mcmichael Loftus Ledet Kersey Groff Fowlkes Folk
Crumpton Collette Clouse Bettis Villagomez Timmerman Strom Saul Santoro Roddy Phillip Penrod
Musselman Macpherson Leboeuf Harless Haddad Guido Golding Fulkerson Fannin Dulaney Dowdell Deane
Cottle Ceja Cate Bosley Benge Albritton Voigt Trowbridge Soileau Seely Rome Rohde Pearsall Paulk
Orth Nason Mota Mcmullin Marquardt Madigan Hoag Gillum Gayle Gabbard Fenwick Fender Eck Danforth
Cushing Cress Creed Cazares Casanova Bey Bettencourt Barringer Baber Stansberry Schramm Rutter
Rivero Race Oquendo Necaise Mouton Montenegro Miley Mcgough Marra Macmillan Lock Lamontagne
Jasso Jaime Horst Hetrick Heilman Gaytan Gall Fried Fortney Eden Dingle Desjardins Dabbs Burbank
Brigham Breland Beaman Banner Arriola Yarborough Wallin Treat Toscano Stowers Reiss Pichardo
Orton Mitchel Michels Mcnamee Mccrory Leatherman Kell Keister Jerome Horning Hargett Guay Ferro
Deboer Dagostino Clemente Christ Carper Bowler Blanks Beaudry Willie Towle Tafoya Stricklin
Strader Soper Sonnier Sigmon Schenk Saddler Rodman Pedigo Mendes Lunn Lohr Lahr Kingsbury Jarman
Hume Holliman Hofmann Haworth Harrelson Hambrick Flick Edmunds Dacosta Crossman Colston Chaplin
Carrell Budd Weiler Waits Viola Valentino Trantham Tarr Straight Solorio Roebuck Powe Plank
Pettus Palm Pagano Mink Luker Leathers Joslin Hartzell Gambrell Fears Deutsch Cepeda Carty
Caputo Brewington Bedell Ballew Applewhite Warnock Walz Urena Tudor Reel Pigg Parton Mickelson
Meagher Mclellan Mcculley Mandel Leech Lavallee Kraemer Kling Kipp Kingston Kehoe Hochstetler
Harriman Gregoire Grabowski Gosselin Gammon Fancher Edens Desai Butt Brannan Armendariz Woolsey
Whitehouse Whetstone Ussery Towne Tower Testa Tallman Studer Strait Steinmetz Sorrells Sauceda
Rolfe Rae Paddock Mitchem Mcginn Mccrea Luck Lovato Ling Hazen Gilpin Gaynor Fike Devoe Delrio
Curiel Burkhardt Bristol Bode Backus Alton Zinn Watanabe Wachter Vanpelt Turnage Shaner Schroder
Sato Riordan Quimby Portis Natale Mckoy Mccown Marker Lucio Kilmer Karl Hotchkiss Hesse Halbert
Gwinn Godsey Desmond Delisle Chrisman Canter Arbogast Angell Acree Yancy Woolley Wesson
Weatherspoon Trainor Stockman Spiller Sipe Rooks Reavis Propst Porras Neilson Mullens Loucks
Llewellyn Lamont Kumar Koester Klingensmith Kirsch Kester Honaker Hodson Hennessy Helmick
Garrity Garibay Fee Drain Casarez Callis Botello Bay Aycock Avant Angle Wingard Wayman Tully
Theisen Szymanski Stansbury Segovia Rudy Rainwater Preece Pirtle Padron Mincey Mckelvey Mathes
Marty Larrabee Kornegay Klug Judy Ingersoll Hecht Germain Eggers Dykstra Denis Deering Decoteau
Deason Dearing Cofield Carrigan Brush Bonham Bahr Aucoin Appleby Almonte Yager Womble Wimmer
Weimer Vanderpool Stancil Sprinkle Romine Remington Pfaff Peckham Olivera Meraz Maze Lathrop
Koehn Jonas Hazelton Halvorson Hallock Haddock Ducharme Dehaven Colton Caruthers Brehm Bosworth
Bost Blow Bias Beeman Basile Bane Aikens Zachary Wold Walther Tabb Suber Strawn Stocks Stocker
Shirey Schlosser Salvador Riedel Rembert Reimer Pyles Pickle Peele Merriweather Letourneau Latta
Kidder Hixon Hillis Hight Herbst Henriquez Haygood Hamill Gabel Fritts Eubank Duty Dawes Correll
Coffee Cha Bushey Buchholz Brotherton Bridge Botts Barnwell Auger Atchley Westphal Veilleux
Ulloa Truman Stutzman Shriver Ryals Prior Pilkington Newport Moyers Miracle Marrs Mangrum Maddux
Lockard Laing Kuhl Harney Hammock Hamlett Felker Doerr Depriest Carrasquillo Carothers Bogle
Blood Bischoff Bergen Albanese Wyckoff Vermillion Vansickle Thibault Tetreault Stickney Shoemake
Ruggiero Rawson Racine Philpot Paschal Mcelhaney Mathison Legrand Lapierre Kwan Kremer Jiles
Hilbert Geyer Faircloth Ehlers Egbert Desrosiers Dalrymple Cotten Cashman Cadena Breeding
Boardman Alcaraz Ahn Wyrick Therrien Tankersley Strickler Puryear Plourde Pattison Pardue Milan
Mcginty Mcevoy Landreth Kuhns Koon Hewett Giddens Everette Emerick Eades Deangelis Cosme
Ceballos Birdsong Benham Bemis Armour Anguiano Angeles Welborn Tsosie Storms Shoup Sessoms
Samaniego Rood Rojo Rhinehart Raby Northcutt Myer Munguia Morehouse Mcdevitt Mateo Mallett
Lozada Lemoine Kuehn Hallett Grim Gillard Gaylor Garman Gallaher Feaster Faris Darrow Dardar
Coney Carreon Byron Braithwaite Boylan Boyett Born Bixler Bigham Benford Barragan Barnum Zuber
Wyche Westcott Vining Stoltzfus Simonds Shupe Sabin Ruble Rittenhouse Richman Perrone Mulholland
Millan Meister Mathew Lomeli Kite Jemison Hulett Holler Hickerson Herold Hazelwood Griffen Gause
Forde Eisenberg Dilworth Charron Chaisson Brodie Bristow Breunig Brace Boutwell Bentz Belk
Bayless Batchelder Baran Baeza Zimmermann Weathersby Volk Toole Theis Tedesco Shine Searle
Schenck Satterwhite Ruelas Royce Rankins Partida Nesbit Morel Menchaca Levasseur Kaylor
Johnstone Hulse Hollar Hersey Harrigan Harbison Guyer Gish Giese Gerlach Geller Geisler Falcone
Ernest Elwell Doucet Deese Darr Corder Chafin Byler Bussell Burdett Brasher Bowe Bellinger
Bastian Barner Alleyne Wilborn Weil Wegner Wales Tatro Spitzer Smithers Schoen Resendez Pete
Parisi Overman Obrian Mudd Moy Mclaren Mahler Maggio Lindner Lalonde Lacasse Laboy Killion Kahl
Jessen Jamerson Houk Henshaw Gustin Groom Graber Durst Duenas Davey Cundiff Conlon Colunga
Coakley Chiles Capers Buell Bricker Bissonnette Birmingham Bartz Bagby Zayas Volpe Treece Toombs
Thom Terrazas Swinney Skiles Silveira Shouse Senn Rambo Ramage Nez Moua Marlin Malik Langham
Kyles Holston Hoagland Herd Hector Feller Emory Denison Corliss Carraway Burford Bickel Ambriz
Abercrombie Yamada Winner Weidner Waddle Verduzco Thurmond Swindle Schrock Sanabria Rosenberger
Probst Peabody Olinger Neighbors Nazario Mccafferty Mcbroom Mcabee Mazur Matherne Mapes Leverett
Killingsworth Heisler Griego Grande Gosnell Frankel Franke Ferrante Fenn Elmer Ehrlich
Christopherso Chick Chasse Chancellor Caton Brunelle Bly Bloomfield Babbitt Azevedo Abramson
Ables Abeyta Youmans Wozniak Wainwright Stowell Smitherman Sites Samuelson Runge Rule Rothman
Rosenfeld Quan Peake Oxford Owings Olmos Munro Moreira Leatherwood Larkins Krantz Kovacs Kizer
Kindred Karnes Jaffe Hubbell Hosey Hauck Harold Goodell Favors Erdman Dvorak Doane Cureton Cofer
Buehler Bierman Berndt Banta Annis Abram Abdullah Warwick Waltz Turcotte Trinh Torrey Stith
Seger Sachs Quesada Pinder Peppers Pascual Paschall Parkhurst Ozuna Oster Nicholls Mortimer
Lheureux Lavalley Kimura Jablonski Haun Gourley Gilligan Fix Derby Croy Cotto Cargill Burwell
Burgett Buckman Brett Booher Adorno Wrenn Whittemore Urias Szabo Sayles Saiz Rutland Rael Plant
Pharr Penney Pelkey Ogrady Nickell Musick Moats Mather Massa Laurent Kirschner Kieffer Kellar
Hendershot Gott Godoy Gadson Furtado Fiedler Erskine Edison Dutcher Dever Daggett Chevalier Chao
Brake Ballesteros Amerson Alejandro Wingo Waldon Trott Spikes Silvey Showers Schlegel Ritz Pepin
Pelayo Parsley Palermo Moorehead Mchale Lett Kocher Kilburn Iglesias Humble Hulbert Huckaby Hix
Haven Hartford Hardiman Gurney Grigg Grasso Goings Fillmore Farber Depew Dandrea Dame Cowen
Covarrubias Cory Burrus Bracy Ardoin Thompkins Suzuki Standley Russel Radcliffe Pohl Persaud
Percy Parenteau Pabon Newson Newhouse Napolitano Mulcahy Maya Malave Keim Hooten Hernandes
Heffernan Hearne Greenleaf Glick Fuhrman Fetter Faria Dishman Dickenson Crites Criss Clapper
Chenault Castor Casto Bugg Bove Bonney Blessing Ard Anderton Allgood Alderson Woodman Wisdom
Warrick Toomey Tooley Tarrant Summerville Stebbins Sokol Sink Searles Schutz Schumann Scheer
Remillard Raper Proulx Palmore Monroy Miguel Messier Melo Melanson Mashburn Manzano Lussier
Lovely Lien Jenks Huneycutt Hartwig Grimsley Fulk Fielding Fidler Engstrom Eldred Dantzler
Crandell Ching Calder Brumley Breton Brann Bramlett Boykins Bianco Bancroft Almaraz Alcantar
Whitmer Whitener Welton Vineyard Rahn Paquin Mizell Mix Mcmillin Mckean Marston Maciel Lundquist
Louie Liggins Lampkin Kranz Koski Kirkham Jiminez Hazzard Harrod Graziano Grammer Gendron
Garrido Fordham Englert Elwood Dryden Demoss Deluna Crabb Comeau Claudio Brummett Blume Benally
Wessel Vanbuskirk Thorson Stumpf Stockwell Rocco Reams Radtke Rackley Pelton Niemi Newland
Nelsen Morrissette Miramontes Mcginley Mccluskey Marley Marchant Luevano Lampe Lail Jeffcoat
Infante Hinman Gaona Erb Eady Desmarais Decosta Dansby Cisco Choe Breckenridge Bostwick Borg
Bianchi Beer Alberts Adrian Wilkie Whorton Vargo Tait Sylvia Soucy Schuman Ousley Mumford Lum
Lippert Leath Lavergne Laliberte Kirksey Kenner Johnsen Izzo Hiles Gullett Greenwell Gaspar
Galbreath Gaitan Ericson Duck Delapaz Croom Cottingham Clift Bushnell Boozer Bice Bernardo
Beason Arrowood Waring Voorhees Truax Shreve Shockey Schatz Sandifer Rubino Rozier Roseberry
Roll Player Pieper Peden Nester Nave Murphey Malinowski Macgregor Liang Lafrance Kunkle Kirkman
Jorge Hipp Hasty Haddix Gervais Gerdes Garfield Gamache Fouts Fitzwater Dillingham Deming Deanda
Cedeno Cannady Burson Bouldin Arceneaux Woodhouse Whitford Wescott Welty Weigel Torgerson Toms
Surber Sunderland Sterner Setzer Salvatore Riojas Pumphrey Puga Pedro Patch Metts Mcgarry
Mccandless Magill Lupo Loveland Llamas Leclerc Koons Kahler Huss Holbert Heintz Haupt Grimmett
Gaskill Flower Ellingson Dorr Dingess Deweese Desilva Crossley Cordeiro Converse Conde Cheeks
Caldera Cairns Burmeister Burkhalter Brawner Bott Youngs Vierra Valladares Tiffany Shrum
Shropshire Sevilla Rusk Roof Rodarte Pedraza Nino Montana Merino Mcminn Markle Mapp Lucia Lajoie
Koerner Kittrell Kato Hyder Hollifield Heiser Hazlett Greenwald Fant Eldredge Dreher Delafuente
Cravens Claypool Beecher Aronson Alanis Worthen Wojcik Winger Whitacre Wellington Valverde
Valdivia Troupe Thrower Swindell Suttles Suh Stroman Spires Slate Shealy Sarver Sartin Sadowski
Rondeau Rolon Rick Rex Rascon Priddy Pine Paulino Nolte Munroe Molloy Mellon Mciver Lykins
Loggins Lillie Lenoir Klotz Kempf Jone Hupp Hollowell Hollander Haynie Hassan Harkness Harker
Gottlieb Frith Eddins Driskell Doggett Densmore Charette Cassady Carrol Byrum Burcham Buggs Benn
Whitted Warrington Vandusen Vaillancourt Steger Spell Siebert Scofield Quirk Purser Plumb Orcutt
Northern Nordstrom Mosely Michalski Mcphail Mcdavid Mccraw Martini Marchese Mannino Leo Lefevre
Largent Lanza Kress Isham Hunsaker Hoch Hildebrandt Guarino Grijalva Graybill Fick Ewell Ewald
Deangelo Cusick Crumley Coston Cathcart Carruthers Bullington Brian Bowes Blain Blackford
Barboza Yingling Woodland Wert Weiland Varga Silverstein Sievers Shuster Shumway Scudder Runnels
Rumsey Renfroe Provencher Polley Mohler Middlebrooks Kutz Koster Korn Grow Groth Glidden Fazio
Deen Corn Copper Chipman Chenoweth Champlin Cedillo Carrero Carmody Buckles Brien Boutin Bosch
Berkowitz Altamirano Wilfong Wiegand Waites Truesdale Toussaint Tobey Tedder Steelman Sirois
Schnell Robichaud Ridge Richburg Pray Plumley Pizarro Piercy Ortego Oberg Neace Music Mickey
Mertz Mcnew Matta Lawyer Lapp Lair Kibler Jessie Howlett Hollister Hofer Hatten Hagler Germany
Falgoust Engelhardt Eberle Eastwood Dombrowski Dinsmore Daye Cool Casares Capone Braud Balch
Autrey Wendel Tyndall Toy Strobel Stoltz Spinelli Serrato Rochester Reber Real Rathbone Palomino
Noah Nickels Mayle Mathers Mach Loeffler Littrell Levinson Leong Lemire Lejeune Lazo Lasley
Koller Kennard Jester Hoelscher Hintz Hagerman Greaves Fore Eudy Engler Corrales Cordes Brunet
Bidwell Bennet Bare Tyrrell Tharpe Swinton Stribling Steven Southworth Sisneros Shane Savoie
Samons Ruvalcaba Roscoe Ries Ramer Omara Mosqueda Millar Mcpeak Macomber Luckey Litton Lehr
Lavin Hubbs Hoard Hibbs Hagans Futrell Exum Evenson Dicks Culler Chou Carbaugh Callen Brashear
Bloomer Blakeney Bigler Addington Woodford Witter Unruh Tolentino Sumrall Stgermain Smock Sherer
Salem Rochelle Rayner Pooler Oquinn Nero Milano Mcglothlin Mars Linden Kowal Kerrigan Ibrahim
Harvell Hanrahan Goodall Geist Fussell Fung Ferebee Federico Eley Eggert Dorsett Dingman
Destefano Colucci Clemmer Caesar Burnell Brumbaugh Boddie Berryhill Avelar Alcantara Abbey
Winder Winchell Vandenberg Trotman Thurber Thibeault Stlouis Stilwell Sperling Shattuck
Sarmiento Ruppert Rumph Renaud Randazzo Rademacher Quiles Pearman Palomo Mercurio Lowrey
Lindeman Lawlor Larosa Lander Labrecque Kimber Hovis Holifield Henninger Hawkes Hartfield Hann
Hague Genovese Garrick Fudge Frink Eddings Dinh Cutter Cribbs Constant Calvillo Bunton Brodeur
Bolding Blanding Agosto Zahn Wiener Trussell Tew Tello Teixeira Stephan Speck Sharma Shanklin
Sealy Scanlan Santamaria Roundy Robichaux Ringer Rigney Prevost Polson Philip Pass Nord Moxley
Mohammed Medford Mccaslin Mcardle Macarthur Lewin Lasher Ketcham Keiser Heine Hackworth Grose
Grizzle Grass Gillman Gartner Garth Frazee Fleury Fast Edson Edmonson Derry Deck Cronk Conant
Burress Burgin Broom Brockington Bolick Boger Birchfield Billington Baily Bahena Armbruster
Anson Yoho Wilcher Tinney Timberlake Thoma Thielen Sutphin Stultz Sikora Serra Schulman
Scheffler Santillan Rego Preciado Pinkham Mickle Luu Lomas Lizotte Lent Lenard Kellerman Keil
Juan Johanson Hernadez Hartsfield Hang Haber Gorski Farkas Eberhardt Duquette Delano Cropper
Cozart Cockerham Chamblee Cartagena Cahoon Buzzell Brister Brewton Blackshear Benfield Aston
Ashburn Arruda Wetmore Weise Vaccaro Tucci Sudduth Stromberg Stoops Showalter Shears Runion
Rowden Rosenblum Riffle Renfrow Peres Obryant Nicolas Leftwich Lark Landeros Kistler Killough
Kerley Kastner Hoggard Hartung Guertin Govan Gatling Gailey Fullmer Fulford Flatt Esquibel
Endicott Edmiston Edelstein Dufresne Dressler Dickman Chee Busse Bonnett Bogart Berard
Barrington Arena Anton Yoshida Velarde Veach Vanhouten Vachon Tolson Tolman Tennyson Stites
Soler Shutt Ruggles Rhone Pegues Ong Neese Muro Moncrief Mefford Mcphee Mcmorris Mceachern
Mcclurg Mansour Mai Mader Leija Lecompte Lafountain Labrie Jaquez Heald Hash Hartle Gainer
Frisby Farina Eidson Edgerton Dyke Durrett Duhon Cuomo Cobos Cervantez Bybee Brockway Borowski
Binion Beery Arguello Amaro Acton Yuen Winton Wigfall Weekley Vidrine Vannoy Tardiff Shoop
Shilling Schick Sand Safford Prendergast Pilgrim Pellerin Osuna Nissen Nalley Moritz Moller
Messner Messick Merry Merrifield Mcguinness Matherly Marcano Mahone Lemos Lebrun Jara Hoffer
Hewlett Herren Hecker Haws Haug Hack Gwin Gober Gilliard Fredette Favela Echeverria Downer
Donofrio Desrochers Dee Crozier Corson Clyde Bechtold Argueta Aparicio Zamudio Willette Westover
Westerman Utter Troyer Thies Tapley Slavin Shirk Sandler Roop Rimmer Raymer Range Radcliff Otten
Moorer Millet Mckibben Mccutchen Mcavoy Mcadoo Mayorga Mastin Martineau Marek Madore Leflore
Kroeger Kennon Jimerson Javier Hostetter Hornback Hendley Hance Guardado Granado Gowen Goodale
Flinn Fleetwood Fitz Durkee Duprey Dipietro Dilley Clyburn Brawley Beckley Arana Weatherby
Vollmer Victoria Vestal Tunnell Trigg Tingle Takahashi Sweatt Storer Snapp Shiver Rooker Red
Rathbun Poisson Perrine Perri Pastor Parmer Parke Pare Papa Palmieri Nottingham Midkiff Mecham
Mccomas Mcalpine Lovelady Lillard Lally Knopp Kile Kiger Haile Gupta Goldsberry Gilreath Fulks
Friesen Franzen Flack Findlay Ferland Dreyer Dore Dennard Deckard Debose Crim Coulombe Cork
Chancey Cantor Branton Bissell Barns Woolard Witham Wasserman Waldo Spiegel Shoffner Scholz Ruch
Rossman Ready Petry Palacio Paez Neary Mortenson Millsap Miele Mick Menke Mckim Mcanally
Martines Manor Malcom Lemley Larochelle Klaus Klatt Kaufmann Kapp Helmer Hedge Halloran Glisson
Frechette Fontana Enoch Eagan Drum Distefano Danley Creekmore Chartier Chaffee Carillo Burg
Bolinger Berkley Benz Basso Bash Barrier Zelaya Woodring Witkowski Wilmot Wilkens Wieland Virgil
Verdugo Urquhart Tsai Timms Swiger Swaim Sussman Scarlett Pires Molnar Mcatee Maurice Lowder
Loos Linker Landes Kingery Keeley Hufford Higa Hendren Hammack Hamann Gillam Gerhardt Fell
Eugene Edelman Eby Delk Deans Curl Constantine Cleaver Claar Casiano Carruth Carlyle Bump Brophy
Bolanos Bibbs Bessette Beggs Baugher Bartel Averill Andresen Amin Alden Adames Wildman Valente
Turnbow Tse Swink Sublett Stroh Stringfellow Ridgway Pugliese Poteat Pang Ohare Neubauer
Murchison Mohamed Mingo Lucky Lemmons Kwon Kellam Kean Jarmon Hyden Hudak Hollinger Henkel
Hemingway Hasson Hansel Halter Haire Goodnight Ginsberg Gillispie Fogel Flory Etter Elledge
Eckman Deas Currin Crafton Coomer Colter Claxton Bulter Braddock Bowyer Blizzard Binns Bing
Bellows Baskerville Barros Ansley Woolf Wight Waldman Wadley Tull Trull Tesch Struck Stouffer
Stadler Slay Shubert Sedillo Santacruz Reinke Raleigh Poynter Neri Neale Natividad Mowry Moralez
Monger Mitchum Merryman Manion Macdougall Lux Litchfield Ley Levitt Lepage Lasalle Laine Khoury
Kavanagh Karns Ivie Huebner Hodgkins Halpin Garica Eversole Dutra Dunagan Duffey Dillman Dillion
Deville Dearborn Damato Courson Coulson Burdine Bryce Bousquet Bonin Bish Atencio Westbrooks
Wages Vaca Tye Toner Tomas Tillis Swett Surface Struble Stanfill Son Solorzano Slusher Sipple
Sim Silvas Shults Schexnayder Saez Rodas Rager Pulver Plaza Penton Paniagua Meneses Mcfarlin
Mcauley Matz Maloy Magruder Lohman Landa Lacombe Jaimes Hom Holzer Holst Heil Hackler Grundy
Gregor Gilkey Farnham Durfee Dunton Dunston Duda Dews Dana Craver Corriveau Conwell Colella
Chambless Bremer Boutte Bourassa Blaisdell Backman Babineaux Audette Alleman Towner Taveras
Tarango Sullins Suiter Stallard Solberg Schlueter Poulos Pimental Owsley Olivier Okelley Nations
Moffatt Metcalfe Meekins Medellin Mcglynn Mccowan Marriott Marable Lennox Lamoureux Koss Kerby
Karp Jason Isenberg Howze Hockenberry Highsmith Harbour Hallmark Gusman Greeley Giddings Gaudet
Gallup Fleenor Eicher Edington Dimaggio Dement Demello Decastro Cruise Bushman Brundage Brooker
Brooke Bourg Board Blackstock Bergmann Beaton Banister Argo Appling Wortman Watterson
Villalpando Tillotson Tighe Sundberg Sternberg Stamey Speaks Shipe Seeger Scarberry Sattler Sain
Rothstein Poteet Plowman Pettiford Penland Peach Partain Pankey Oyler Ogletree Ogburn Moton
Million Merkel Mask Markus Lucier Lazarus Lavelle Lakey Kratz Kinser Kershaw Josephson Jesse
Imhoff Ibanez Hendry Hammon Frisbie Friedrich Frawley Fraga Forester Eskew Emmert Drennan Doyon
Dominick Dandridge Cumming Cawley Carvajal Bracey Belisle Batey Ahner Wysocki Weiser Veliz
Tincher Sherlock Santo Sansone Sankey Sandstrom Sale Rohrer Risner Pridemore Pfeffer Persinger
Peery Oubre Orange Nowicki Musgrave Murdoch Mullinax Mccary Mathieu Livengood Leonardo Kyser
Klink Kimes Kellner Kavanaugh Kasten Imes Hoey Hinshaw Halley Hake Gurule Grube Grillo Geter
Gatto Garver Garretson Farwell Eiland Dunford Decarlo Corso Core Colman Collard Cleghorn
Chasteen Cavender Carlile Calvo Byerly Brogdon Broadwater Breault Bono Bergin Behr Ballenger
Amick Yan Vice Tamez Stiffler Steinke Simmon Shankle Schaller Salmons Sackett Saad Rideout
Reader Ratcliffe Rao Ranson Randell Plascencia Petterson Olszewski Olney Olguin Nilsson Nevels
Morelli Montiel Monge Michell Michaelson Mertens Mcchesney Mcalpin Mathewson Lower Loudermilk
Lineberry Liggett Lamp Kinlaw Kight Jost Hereford Hardeman Halpern Halliday Hafer Gaul Friel
Freitag Frances Forsberg Evangelista Doering Dicarlo Dendy Delp Deguzman Dameron Curtiss Cousin
Cosper Charley Cauthen Cao Camper Bradberry Bouton Bonnell Bixby Bieber Beveridge Belle Bedwell
Barhorst Bannon Baltazar Baier Ayotte Attaway Arenas Alex Abrego Watford Valley Turgeon Tunstall
Thaxton Thai Tenorio Stotts Sthilaire Spiker Shedd Seng Seabolt Scalf Salyers Ruhl Rowlett
Robinett Pfister Perlman Pepe Parkman Paradise Olin Nunnally Norvell Napper Modlin Mckellar
Mcclean Mascarenas Manchester Leibowitz Ledezma Kuhlman Kobayashi Hunley Holmquist Hinkley
Hazard Hartsell Gribble Gravely Fifield Eliason Doctor Doak Crossland Cover Clair Carleton
Butters Bridgeman Bojorquez Boggess Banker Auten Woosley Wine Whiteley Wexler Twomey Tullis
Townley Standridge Stamp Springs Santoyo Rueda Riendeau Revell Pless Ottinger Nigro Nickles
Mulvey Menefee Mcshane Mcloughlin Mckinzie Marrow Markey Mariano Lockridge Lipsey Knisley
Knepper Kitts Kiel Jinks Hathcock Godin Gallego Fikes Fecteau Estabrook Ellinger Dustin Dunlop
Dudek Diego Countryman Chauvin Chatham Bullins Brownfield Boughton Bloodworth Bibb Baucom
Barbieri Aubin Armitage Alessi Absher Abbate Zito Woolery Wiggs Wacker Violette Tynes Tolle
Telles Tarter Swarey Strode Stockdale Stella Stalnaker Spina Schiff Saari Risley Reading Rameriz
Rakes Pettaway Penner Paulus Palladino Omeara Montelongo Melnick Mehta Mcgary Mccourt Mccollough
Marchetti Manzanares Lowther Leiva Lauderdale Lafontaine Kowalczyk Knighton Joubert Jaworski Ide
Huth Hurdle Hung Housley Hackman Gulick Gordy Gilstrap Gehrke Gebhart Gaudette Foxworth Finger
Essex Endres Dunkle Clare Cimino Cardinal Caddell Brauer Braley Bodine Blackmore Belden Backer
Ayer Andress Alva Wisner Walk Vuong Valliere Twigg Tso Tavarez Strahan Steib Staub Sowder
Shoulders Seiber Schutt Scharf Schade Rodriques Risinger Renshaw Rath Rahman Presnell Pillow
Piatt Pasquale Nieman Nicol Nevins Milford Mcilwain Mcgaha Mccully Mccomb Maye Massengale Macedo
Lines Lesher Leland Kearse Jauregui Husted Hudnall Holmberg Hertel Hershey Hardie Glidewell
Frausto Fassett Dash Dalessandro Dahlgren Corum Constantino Conlin Colquitt Colombo Claycomb
Carley Cardin Cancel Buller Boring Boney Bocanegra Blazer Biggers Benedetto Araiza Andino Albin
Zorn Werth Weisman Walley Vanegas Ulibarri Towers Towe Tedford Teasley Suttle Steffens Stcyr
Squire Smythe Singley Sifuentes Shuck Session Schram Sass Rieger Ridenhour Rickert Richerson
Rayborn Rabe Raab Pendley Pastore Ordway Moynihan Mellott Mckissick Mcgann Mccready Mauney
Marrufo List Lenhart Lazar Lafave Keele Kautz Jardine Jahnke Jacobo Hord Hardcastle Hageman
Griffey Giglio Gehring Fortson Duque Duplessis Donner Dicken Derosier Deitz Dalessio Cyrus Cram
Chi Center Castleman Candelario Callison Caceres Bozarth Biles Bejarano Beech Bashaw Avina
Armentrout Angus Alverez Acord Zack Waterhouse Vereen Vanlandingham Uhl Strawser Shotwell
Severance Seltzer Schoonmaker Schock Schaub Schaffner Roeder Rodrigez Riffe Rhine Rasberry
Rancourt Railey Quade Pursley Prouty Perdomo Oxley Osterman Nickens Murphree Mounts Monte Merida
Maus Mattern Masse Martinelli Mangan Lutes Ludwick Loney Laureano Lasater Knighten Kissinger
Kimsey Kessinger Honea Hollingshead Hockett Heyer Heron Gurrola Gove Glasscock Gillett Galan
Featherstone Eckhardt Duron Dunson Dasher Culbreth Cowden Cowans Claypoole Churchwell Chabot
Caviness Cater Caston Callan Byington Burkey Boden Beckford Atwater Arms Archambault Alvey Alsup
Yon Whisenant Weese Voyles Verret Tsang Tessier Sweitzer Sherwin Shaughnessy Revis Remy Prine
Philpott Peavy Paynter Parmenter Ovalle Offutt Nightingale Newlin Nakano Myatt Muth Mohan
Mcmillon Mccarley Mccaleb Maxson Marinelli Maley Macy Liston Letendre Kain Huntsman Hirst
Hagerty Gulledge Greenway Grajeda Gorton Goines Gittens Frederickson Fanelli Embree Eichelberger
Dunkin Dull Dixson Dillow Defelice Chumley Burleigh Borkowski Binette Biggerstaff Berglund
Beller Audet Arbuckle Allain Alfano Zander Youngman Wittman Weintraub Vanzant Vaden Twitty
Trader Toon Till Stollings Standifer Spinner Sines Shope Scalise Saville Romans Posada Pisano
Otte Nolasco Napoli Mier Merkle Mendiola Melcher Mejias Mcmurry Mccalla Markowitz Marine Manis
Mallette Macfarlane Lough Looper Landin Kittle Kinsella Kinnard Hobart Herald Helman Hellman
Hartsock Halford Hage Gordan Glasser Gayton Gattis Gastelum Gaspard Frisch Force Fitzhugh
Eckstein Eberly Dowden Despain Crumpler Crotty Cornelison Collin Colin Chouinard Chamness Catlin
Cann Bumgardner Budde Branum Bradfield Braddy Borst Birdwell Bent Bazan Banas Bade Aubrey Arango
Ahearn Addis Zumwalt Wurth Wilk Widener Wagstaff Vella Urrutia Terwilliger Tart Steinman Staats
Sloat Rives Riggle Revels Reichard Prickett Poff Pitzer Petro Pell Northrup Nicks Moline Mielke
Maynor Mallon Magness Lingle Lindell Lieb Lesko Lebeau Lammers Lafond Kiernan Ketron Jurado
Holmgren Hilburn Hayashi Hashimoto Harbaugh Hans Guillot Gard Froehlich Felipe Feinberg Falco
Dufour Drees Doney Diep Delao Daves Dail Cutting Crowson Coss Congdon Carner Camarena
Butterworth Burlingame Bouffard Bloch Bilyeu Barta Bakke Baillargeon Avent Aquilar Ake Aho
Zeringue Yeh Yarber Wolfson Wendell Vogler Voelker Truss Troxell Thrift Strouse Spielman
Sistrunk Shows Sevigny Schuller Schaaf Ruffner Routh Roseman Ricciardi Peraza Pegram Overturf
Olander Odaniel Neu Millner Melchor Maxie Marvel Maroney Machuca Macaluso Livesay Layfield
Laskowski Kwiatkowski Kiley Kilby Julien Hovey Heywood Hayman Havard Harville Haigh Hagood
Grieco Glassman Gebhardt Garry Freeze Fleischer Fann Elson Eccles Cunha Crumb Crew Blakley
Bardwell Abshire Woodham Wines Welter Wargo Varnado Tutt Traynor Swaney Svoboda Stricker Stoffel
Stambaugh Sickler Shackleford Selman Seaver Sansom Sanmiguel Royston Rourke Rockett Rioux Puleo
Pitchford Persons Normand Nardi Mulvaney Middaugh Manners Malek Lodge Leos Lathan Kujawa Kimbro
Killebrew Joshua Houlihan Hobby Hinckley Herod Hepler Hamner Hammel Hallowell Gonsalez Gingerich
Gambill Funkhouser Fricke Fewell Falkner Endsley Dulin Drennen Deaver Dambrosio Clover Chadwell
Ceasar Castanon Canon Burkes Brune Brisco Brinker Bowker Boldt Berner Bee Beaumont Beaird
Bazemore Barrick Arnette Albano Younts Wunderlich Weidman Vanness Toland Theobald Stickler
Steiger Stanger Spies Spector Sollars Smedley Seibel Scoville Saito Rye Rummel Rude Rowles
Rouleau Roos Rogan Roemer Ream Raya Purkey Priester Perreira Penick Paulin Parkins Overcash
Oleson Nicely Neves Muldrow Minard Midgett Michalak Melgar Mcentire Mcauliffe Marti Marte Lydon
Lindholm Leyba Leader Langevin Lagasse Lafayette Kesler Kelton Kao Kaminsky Jump Jaggers Humbert
Huck Howarth Hinrichs Higley Gupton Guimond Gravois Giguere Fretwell Fontes Feeley Faucher Fall
Evan Eichhorn Ecker Earp Dole Dinger Derryberry Demars Deel Copenhaver Collinsworth Colangelo
Cloyd Claiborne Caulfield Carlsen Calzada Caffey Broadus Brenneman Bouie Bodnar Blaney Blanc
Blades Beltz Behling Begin Barahona Yun Yockey Winkle Windom Wimer Wilford Wash Villatoro
Trexler Teran Taliaferro Sydnor Swinson Snelling Smtih Siu Simonton Simoneaux Simoneau Sherrer
Seavey Scheel Rushton Rupe Ruano Rodney Rippy Reiner Reiff Rabinowitz Quach Penley Odle Nock
Minnich Mckown Mccarver Mcandrew Longley Laux Lamothe Lafreniere Kropp Krick Kates Jepson Huie
Howse Howie Henriques Haydon Haught Hatter Hartzog Harkey Grimaldo Goshorn Gormley Gluck Gilroy
Gillenwater Giffin Folks Fluker Feder Eyre Eshelman Eakins Dryer Disney Detwiler Delrosario
Davisson Celestine Catalan Canning Calton Buster Brammer Botelho Blakney Bartell Averett Askins
Aker Zak Worcester Witmer Wiser Winkelman Widmer Whittier Western Weitzel Wardell Wagers Ullman
Tupper Tingley Tilghman Talton Simard Seda Scheller Sala Rundell Rost Roa Ribeiro Rabideau Primm
Porch Polite Pinon Peart Ostrom Ober Nystrom Nussbaum Nurse Naughton Murr Moorhead Monti
Monteiro Melson Meissner Mclin Mcgruder Marotta Makowski Majewski Madewell Lunt Lukens Leininger
Lebel Lakin Laguna Kepler Jaques Hunnicutt Hungerford Hoopes Hertz Heins Hammers Halliburton
Grosso Gravitt Glasper Gideon Gallman Gallaway Funke Fulbright Falgout Eakin Dostie Dorado
Dewberry Derose Cutshall Crampton Costanzo Colletti Cloninger Claytor Chiang Canterbury Campagna
Burd Brokaw Broaddus Bretz Brainard Binford Bilbrey Alpert Aitken Ahlers Zajac Yale Woolfolk
Witten Windle Wayland Tramel Tittle Talavera Suter Straley Stetson Specht Sommerville Soloman
Skeens Sigman Sibert Shavers Schuck Schmit Sartain Sabol Rosenblatt Rollo Rashid Rabb Province
Polston Nyberg Northrop Navarra Muldoon Mulder Mikesell Mcdougald Mcburney Mauricio Mariscal Lui
Lozier Lingerfelt Legere Latour Lagunas Lacour Kurth Killen Kiely Kayser Kahle Julius Isley
Huertas Hower Hinz Haugh Gumm Given Galicia Fortunato Flake Dunleavy Duggins Doby Digiovanni
Devaney Deltoro Cribb Crank Corpuz Coronel Comfort Coen Charbonneau Caine Burchette Blakey
Blakemore Bergquist Beene Beaudette Bayles Ballance Bakker Bailes Asberry Arwood Zucker Willman
Whitesell Wald Walcott Vancleave Trump Trail Strasser Simas Shorts Shick Schleicher Schaal Saleh
Rotz Resnick Raphael Rainer Partee Ollis Oller Oday Noles Munday Mountain Mong Millican Merwin
Mazzola Mansell Magallanes Llanes Lewellen Lepore Kisner Keesee Jim Jeanlouis Ingham Hornbeck
Hermes Hawn Hartz Harber Haffner Gutshall Guth Grays Grams Gowan Finlay Finkelstein Eyler Enloe
Dungan Diez Dearman Dann Cull Crosson Creek Chronister Cassity Campion Callihan Butz Breazeale
Blumenthal Billy Berkey Batty Batton Barge Arvizu Alexis Alderete Aldana Albaugh Abernethy Work
Wolter Wille Tweed Tollefson Thomasson Teter Testerman Sproul Spates Southwick Soukup Skelly
Senter Sealey Sawicki Sargeant Rossiter Rosemond Repp Pound Pink Pifer Ormsby Nickelson Naumann
Morabito Monzon Millsaps Millen Mcelrath Marcoux Mantooth Madson Macneil Mackinnon Louque
Leister Lampley Kushner Krouse Kirwan Jessee Janson Jahn Jacquez Islas Hutt Holladay Hillyer
Hepburn Hensel Harrold Guadalupe Gingrich Geis Gales Fults Finnell Ferri Featherston Epley
Ebersole Eames Dunigan Drye Dismuke Devaughn Delorenzo Damiano Confer Collum Clower Clow
Claussen Clack Caylor Cawthon Casias Carreno Carlo Bluhm Bingaman Bewley Belew Beckner Beamer
Barefoot Auld Amey Wolfenbarger Wilkey Wicklund Waltman Villalba Valero Valdovinos Ung Ullrich
Tyus Twyman Trost Tardif Tanguay Stripling Steinbach Shumpert Sasaki Sappington Sandusky
Reinhold Reinert Quijano Pye Poor Placencia Pinkard Phinney Perrotta Pernell Parrett Oxendine
Owensby Orman Nuno Mori Mcroberts Mcneese Mckamey Mccullum Markel Mardis Maines Lueck Lubin
Lefler Leffler Lavery Larios Labarbera Kershner Josey Jeanbaptiste Izaguirre Hermosillo Haviland
Hartshorn Hamlet Hafner Ginter Getty Franck Fiske Emmett Dufrene Doody Davie Dangerfield
Dahlberg Cuthbertson Crone Coffelt Claus Chidester Chesson Cauley Caudell Cantara Campo Caines
Bullis Bucci Brochu Bosco Bogard Bickerstaff Benning Arzola Antonelli Adkinson Zellers Wulf
Worsley Woolridge Whitton Westerfield Walczak Vassar Truett Trueblood Trawick Townsley Topping
Tobar Telford Sung Steverson Stagg Sitton Sill Sherrell Sergent Schoenfeld Sarabia Rutkowski
Rubenstein Rigdon Prentiss Pomerleau Plumlee Phoenix Philbrick Peer Patty Patnode Oloughlin
Obregon Nuss Napoleon Morell Moose Mikell Mele Mcinerney Mcguigan Mcbrayer Lore Lor Look Lollar
Lakes Kuehl Kinzer Kamp Joplin Jacobi Howells Holstein Hedden Hassler Harty Halle Greig
Granville Gouge Goodrum Gerhart Geier Geddes Gast Forehand Ferree Fendley Feltner Fang Esqueda
Encarnacion Eichler Egger Edmundson Eatmon Dragon Doud Donohoe Donelson Dilorenzo Digiacomo
Diggins Delozier Dejong Danford Crippen Coppage Cogswell Clardy Cioffi Cabe Brunette Bresnahan
Bramble Blomquist Blackstone Biller Bevis Bevan Bethune Benbow Baty Basinger Balcom Andes Aman
Aguero Adkisson Yandell Wilds Whisenhunt Weigand Weeden Voight Villar Trottier Tillett Suazo
Setser Scurry Schuh Schreck Schauer Samora Roane Rinker Reimers Reason Ratchford Popovich Parkin
Nichol Natal Melville Mcbryde Magdaleno Loehr Lockman Lingo Leduc Larocca Lao Lamere Laclair
Krall Korte Koger Jumper Jalbert Hughs Higbee Henton Heaney Haith Gump Greeson Goodloe Gholston
Gasper Gagliardi Fregoso Farthing Fabrizio Ensor Elswick Elgin Eklund Eaddy Drouin Dorton Dizon
Derouen Delia Deherrera Davy Dark Dampier Cullum Culley Cowgill Cardoso Cardinale Brodsky
Broadbent Brimmer Briceno Branscum Bolyard Boley Bennington Beadle Baur Ballentine Azure Aultman
Augustus Asuncion Arciniega Aguila Aceves Yepez Yap Woodrum Wethington Weissman Veloz Trusty
Troup Trammel Theodore Tarpley Stivers Steck Sprayberry Spraggins Spitler Spiers Sohn Seagraves
Schiffman Rudnick Rizo Riccio Rennie Quinton Quackenbush Puma Plott Pearcy Parada Paiz Munford
Moskowitz Mease Mcnary Mccusker Matt Lozoya Longmire Loesch Lasky Kuhlmann Krieg Koziol
Kowalewski Konrad Kindle Jowers Jolin Jaco Hua Horgan Hine Hileman Hepner Heise Heady Hawkinson
Hannigan Haberman Guilford Grimaldi Gilles Garton Gagliano Fruge Follett Fiscus Ferretti Ebner
Easterday Eanes Dirks Dimarco Depalma Deforest Dance Cruce Craighead Christner Candler Cadwell
Burchell Buettner Brinton Breed Brazier Brannen Brame Bova Bomar Blakeslee Belknap Bangs Balzer
Athey Armes Alvis Alverson Alvardo Alter Zhao Yeung Yen Wheelock Westlund Wessels Volkman
Threadgill Thelen Tandy Tague Symons Swinford Sturtevant Straka Stier Stagner Segarra Seawright
Sack Rutan Roux Ringler Riker Ramsdell Quattlebaum Purifoy Poulson Permenter Peloquin Pasley
Pagel Osman Obannon Nygaard Nipper Newcomer Munos Motta Meadors Mcquiston Mcniel Mcmann Mccrae
Mayne Matte Martine Lucy Legault Lechner Lack Kucera Krohn Kratzer Koopman Judson Jeske Horrocks
Homes Hock Hibbler Hesson Hersh Harvin Halvorsen Griner Grindle Gladstone Garofalo Frampton
Forbis Fernando Eddington Diorio Dingus Dewar Desalvo Curcio Creasy Cortese Cordoba Connally
Cluff Cascio Capuano Canaday Calabro Bussard Brayton Borja Bigley Arnone Arguelles Acuff
Zamarripa Wooton Wolfgang Widner Wideman Threatt Thiele Templin Teeters Synder Swint Swick
Sturges Stogner Stedman Spratt Siegfried Shetler Scull Savino Sather Rothwell Rook Rone Rolf
Rhee Quevedo Privett Pouliot Poche Pickel Petrillo Pellegrini Peaslee Partlow Otey Nunnery
Morelock Morello Meunier Messinger Mckie Mccubbin Mccarron Maria Lerch Lavine Laverty Lariviere
Lamkin Kugler Krol Kissel Keeter Hummer Hubble Hickox Hetzel Hayner Hagy Hadlock Groh Gregorio
Gottschalk Goodsell Gloria Gerry Gassaway Garrard Galligan Fye Firth Fenderson Feinstein Etienne
Engleman Emrick Ellender Drews Doiron Degraw Deegan Dart Crissman Corr Cookson Coil Cleaves
Charest Chapple Chaparro Castano Carpio Byer Bufford Bridgewater Bridgers Brandes Borrero
Bonanno Aube Ancheta Abarca Abad Yung Yim Wooster Woodrow Wimbush Willhite Willams Wigley
Weisberg Wardlaw Vigue Vanhook Unknow Torre Tasker Tarbox Strachan Standard Slover Shamblin
Semple Schuyler Schrimsher Sayer Salzman Salomon Rubalcava Riles Rickey Reneau Reichel Rayfield
Rabon Pyatt Prindle Poss Polito Plemmons Pesce Perrault Pereyra Ostrowski Nilsen Niemeyer Nick
Munsey Mundell Moncada Miceli Meader Mcmasters Mckeehan Matsumoto Marron Marden Lizarraga
Lingenfelter Lewallen Laurence Langan Lamanna Kovac Kinsler Kephart Keown Kass Kammerer Jeffreys
Hysell Householder Hosmer Hardnett Hanner Guyette Greening Glazer Ginder Fromm Fortuna Fluellen
Finkle Fey Fessler Essary Eisele Duren Dittmer Crochet Cosentino Cogan Coelho Cavin Carrizales
Campuzano Brough Bow Bopp Bookman Bobb Blouin Beesley Battista Bascom Bakken Badgett Arneson
Anselmo Albino Ahumada Agustin Woodyard Wolters Wireman Wilton Willison Warman Wan Waldrup
Vowell Vantassel Vale Twombly Toomer Tennison Teets Tedeschi Swanner Swallow Stutz Stelly Sheehy
Schermerhorn Scala Sandidge Salters Salo Saechao Roseboro Rolle Ressler Renz Renn Redford Raposa
Rainbolt Pompey Pelfrey Orndorff Oney Nolin Nimmons Ney Nardone Myhre Morman Mines Menjivar
Mcglone Mccammon Maxon Maris Marciano Manus Maiden Lowrance Lorenzen Lonergan Lollis Littles
Lindahl Lansing Lamas Lach Kuster Krawczyk Knuth Knecht Kirkendall Keitt Keever Kantor Jarboe
Hoye Houchens Holter Holsinger Hickok Herb Helwig Helgeson Heater Hassett Harner Hamman Hames
Hadfield Goree Goldfarb Gaughan Gaudreau Gantz Gallion Frady Foti Flesher Ferrin Faught Engram
Elbert Donegan Desouza Degroot Cutright Crowl Criner Coke Coan Clinkscales Chewning Chavira
Catchings Carlock Bye Bulger Buenrostro Bramblett Brack Boulware Bordeaux Bookout Bitner Birt
Baranowski Baisden Augustin Allmon Alberto Acklin Yoakum Wilbourn Whisler Weinberger Washer
Vasques Vanzandt Vanatta Troxler Tomes Tindle Tims Throckmorton Thach Stpeter Stlaurent Stenson
Spry Spitz Songer Snavely Sly Sleeper Shroyer Shortridge Shenk Sevier Seabrook Scrivner Saltzman
Rosenberry Rockwood Robeson Roan Reiser Redwine Ramires Raber Profit Posner Popham Pipes
Piotrowski Pinard Peterkin Pelham Peiffer Peay Peavey Nadler Musso Milo Millett Mestas Mcgowen
Marques Marasco Manriquez Manos Mair Lipps Lesser Leiker Leeds Krumm Knorr Kinslow Kessel
Kendricks Kelm Ito Irick Ickes Hurlburt Horta Hoekstra Heuer Helmuth Heatherly Hampson Hagar
Haga Greenlaw Grau Godbey Gingras Gillies Gibb Gayden Gauvin Garrow Fontanez Florio Fleischman
Finke Fasano Fan Ezzell Ewers Eveland Eckenrode Duclos Drumm Dimmick Delancey Defazio Deacon
Dashiell Damian Cusack Crowther Crigger Cray Coolidge Coldiron Cleland Chalfant Cassel Cape
Camire Cabrales Broomfield Brittingham Brisson Brickey Braziel Brazell Bragdon Boulanger Bos
Boman Bohannan Beem Barto Barre Barley Baptist Azar Ashbaugh Armistead Almazan Adamski Zendejas
Winburn Willaims Wilhoit Westberry Wentzel Wendling Wager Visser Vanscoy Vankirk Vallee Tweedy
Thornberry Sweeny Stalker Spradling Spano Smelser Shim Sechrist Schall Scaife Rugg Ruben
Rothrock Roesler Riehl Ridings Render Ransdell Radke Pinero Petree Pendergast Peluso Pecoraro
Pascoe Panek Oshiro Noon Navarrette Murguia Moores Moberg Mike Michaelis Mcwhirter Mcsweeney
Mcquade Mccay Mauk Mariani Marceau Mandeville Maeda Lunde Ludlow Loeb Lindo Linderman Leveille
Leith Larock Lambrecht Kulp Kinsley Kimberlin Kesterson Jacinto Ice Hui Hoyos Helfrich Hanke
Hail Guillermo Grisby Goyette Gouveia Glazier Gile Gerena Gelinas Gasaway Garden Funches
Fujimoto Flynt Fenske Fellers Fehr Eslinger Escalera Enciso Duley Dittman Dineen Diller Devault
Dao Collings Clymer Clowers Chavers Charland Castorena Castello Camargo Bunce Bullen Boyes
Borchers Borchardt Birnbaum Birdsall Billman Benites Bankhead Ange Ammerman Adkison Yuan Winegar
Wickman Wear Warr Warnke Villeneuve Veasey Vassallo Vannatta Vadnais Twilley Truelove Towery
Tomblin Tippett Theiss Talkington Talamantes Swart Swanger Streit Straw Stines Stabler Spurling
Sobel Sine Simmers Shippy Shiflett Shearin Sauter Sanderlin Rusch Runkle Ruckman Rorie Roesch
Roberto Richert Rehm Randel Ragin Quesenberry Puentes Plyler Plotkin Paugh Oshaughnessy
Ohalloran Norsworthy Niemann Nader Moorefield Mooneyham Modica Miyamoto Mickel Mebane Mckinnie
Mazurek Mancilla Lukas Lovins Loughlin Lotz Lindsley Liddle Levan Lederman Leclaire Lasseter
Lapoint Lamoreaux Lafollette Kubiak Kirtley Keffer Kaczmarek Jennette Housman Honey Hiers
Hibbert Herrod Hegarty Hathorn Harsh Greenhaw Grafton Govea Gardener Futch Furst Frisbee Fred
Franko Forcier Foran Flickinger Fairfield Eure Emrich Embrey Edgington Ecklund Eckard Durante
Deyo Delvecchio Deeds Dade Currey Cuff Creswell Cottrill Casavant Cartier Cargile Capel Cammack
Calfee Buzzard Burse Burruss Brust Brousseau Bridwell Braaten Borkholder Bloomquist Bjork
Bartelt Arp Amburgey Yeary Yao Whitefield Vinyard Vicente Vanvalkenburg Twitchell Timmins Tester
Tapper Stringham Starcher Spotts Slaugh Simonsen Sheffer Sequeira Rosati Rode Rhymes Reza Record
Quint Pollak Peirce Patillo Parkerson Paiva Nilson Nice Nevin Narcisse Nair Mitton Merriam
Merced Meiners Mckain Mcelveen Mcbeth Marsden Marez Manke Mahurin Mabrey Luper Krull Kees Iles
Hunsicker Hornbuckle Holtzclaw Hirt Hinnant Heston Hering Hemenway Hegwood Hearns Halterman
Halls Guiterrez Grote Granillo Grainger Glasco Gilder Garren Garlock Garey Fryar Fredricks
Fraizer Foxx Foshee Ferrel Felty Feathers Everitt Evens Esser Elkin Eberhart Durso Duguay
Driskill Doster Dewall Deveau Demps Demaio Delreal Deleo Delay Deem Darrah Cumberbatch Culberson
Cranmer Cordle Colgan Chesley Cavallo Castellon Castelli Carreras Carnell Carmon Carmen Carlucci
Bontrager Blumberg Blasingame Becton Ayon Artrip Arline Andujar Alkire Alder Agan Zukowski
Zuckerman Zehr Wroblewski Wrigley Woodside Wigginton Westman Westgate Werts Washam Wardlow
Walser Waiters Teller Tadlock Stuck Stringfield Stimpson Stickley Starbuck Standish Spurlin
Spindler Speller Spaeth Sotomayor Sok Sluder Shryock Shepardson Shatley Scannell Santistevan
Rosner Rolland Rhode Resto Reinhard Rathburn Prisco Poulsen Pinney Phares Pennock Pastrana
Oviedo Ostler Noto Nauman Mulford Moise Moberly Mirabal Ming Metoyer Metheny Mentzer Meldrum
Mcinturff Mcelyea Mcdougle Massaro Lumpkins Loveday Lofgren Loe Lirette Lesperance Lefkowitz
Ledger Lauzon Lain Lachapelle Kurz Klassen Keough Kempton Kaelin Jeffords Huot Hsieh Hoyer
Horwitz Hopp Hoeft Hennig Haskin Grill Gourdine Golightly Girouard Fulgham Fritsch Freer Frasher
Foulk Firestone Fiorentino Fedor Feather Ensley Englehart Eells Ebel Dunphy Donahoe Dimas Dileo
Dibenedetto Dabrowski Crick Coonrod Conder Coddington Chunn Choy Chaput Cerna Carreiro Calahan
Braggs Bourdon Boner Bollman Bittle Ben Behm Bauder Batt Barreras Aubuchon Anzalone Adamo Zhou
Zerbe Zachery Witty Wirt Willcox Westberg Weikel Waymire Vroman Vinci Vallejos Tutor Truesdell
Troutt Trotta Tollison Toles Tichenor Tai Symonds Surles Strayer Stgeorge Sroka Sorrentino
Solares Snelson Silvestri Sikorski Shawver Schumaker Schorr Schooley Scates Satterlee Satchell
Sacks Rymer Roselli Robitaille Riegel Richer Regis Reames Provenzano Proper Priestley Plaisance
Pettey Palomares Oman Nowakowski Nace Monette Minyard Mclamb Mchone Mccarroll Masson Marco
Magoon Maddy Lundin Loza Licata Lesley Leonhardt Lema Landwehr Kircher Kinch Karpinski Johannsen
Hussain Houghtaling Hoskinson Hollaway Holeman Hobgood Hilt Hiebert Gros Gram Goggin Gentle
Geissler Gadbois Gabaldon Fleshman Flannigan Files Fairman Epp Eilers Dycus Dunmire Duffield
Dowler Ditto Deloatch Dehaan Deemer Corner Clayborn Christofferso Chilson Chesney Chatfield
Charlie Caster Carron Canale Camden Buff Brigman Branstetter Bosse Borton Bonar Blau Biron
Beagle Barroso Arvin Arispe Zacharias Zabel Yaeger Works Woolford Whetzel Weakley Veatch
Vandeusen Tufts Troxel Troche Traver Townsel Tosh Talarico Swilley Sterrett Stenger Springfield
Speakman Sowards Sours Souders Souder Soles Sobers Snoddy Smither Sias Shute Shoaf Shahan
Schuetz Scaggs Santini Rosson Rolen Robidoux Rentas Recio Pixley Pawlowski Pawlak Paull Pascal
Overbey Orear Oliveri Oldenburg Nutting Naugle Mote Mossman Moor Misner Milazzo Michelson Mei
Mcentee Mccullar Mccree Mcaleer Mazzone Maxim Marshal Mandell Manahan Malott Maisonet Mailloux
Lumley Lowrie Louviere Lipinski Lindemann Leppert Leopold Leasure Leaf Labarge Kubik Knisely
Knepp Kenworthy Kennelly Kelch Karg Kanter Ignacio Hyer Houchin Hosley Hosler Hollon Holleman
Heitman Hebb Haggins Gwaltney Guin Greenman Goulding Gorden Goodyear Geraci Georges Gathers
Frison Feagin Falconer Espada Erving Erikson Eisenhauer Eder Ebeling Durgin Drown Dowdle
Dinwiddie Delcastillo Dedrick Crimmins Covell Cournoyer Coria Cohan Cataldo Carpentier Canas
Campa Brode Brashears Blaser Bicknell Berk Bednar Barwick Ascencio Althoff Almodovar Alamo
Zirkle Zabala Wolverton Winebrenner Wetherell Westlake Wegener Weddington Vong Tuten Trosclair
Trim Tressler Theroux Teske Sword Swinehart Swensen Sundquist Southall Socha Sizer Silverberg
Shortt Shimizu Sherrard Shen Shaeffer Seth Scheid Scheetz Saravia Sanner Rubinstein Rozell Romer
Ringo Rheaume Reisinger Raven Randles Pullum Petrella Payan Papp Pablo Nordin Norcross Nicoletti
Nicholes Newbold Nakagawa Mraz Monteith Milstead Milliner Mellen Mccardle Matthias Marcy Luft
Loo Locker Liptak Lipp Leitch Latimore Larrison Landau Laborde Koval Izquierdo Hymel Hoskin
Holte Hoefer Hayworth Hausman Harrill Harrel Hardt Gully Groover Grinnell Greenspan Graver
Grandberry Gorrell Goldenberg Goguen Gilleland Garr Fuson Foye Felt Feldmann Everly Dyess Dyal
Dunnigan Downie Dolby Divine Deatherage Dates Danna Cosey Corrado Cheever Celaya Caver Cashion
Caplinger Cansler Byrge Bruder Brew Breuer Breslin Brazelton Botkin Bonneau Bones Bondurant
Bohanan Bogue Boes Bodner Boatner Blatt Bickley Belliveau Beiler Beier Beckstead Bart Bang
Bachmann Atkin Aron Andreas Altizer Alloway Allaire Albro Abron Zellmer Yetter Yelverton
Wiltshire Wiens Whidden Wait Viramontes Vanwormer Topper Tarantino Tanksley Sumlin Strauch
Strang Stice Spahn Sosebee Sigala Shrout Seamon Schrum Schneck Schantz Said Ruddy Romig Roehl
Renninger Reding Pyne Polak Pohlman Pasillas Oldfield Oldaker Ohanlon Ogilvie Norberg Nolette
Nies Neufeld Nellis Mummert Mulvihill Mullaney Monteleone Mendonca Meisner Mcmullan Mccluney
Mattis Massengill Manfredi Luedtke Lounsbury Lora Liberatore Leek Lease Lazaro Lamphere Laforge
Kuo Koo Jourdan Ismail Iorio Iniguez Ikeda Hubler Hodgdon Hocking Heacock Haslam Haralson
Hanshaw Hannum Hallam Haden Garnes Garces Gammage Gambino Finkel Faucett Fahy Esteban Ehrhardt
Eggen Dusek Durrant Dubay Dones Dey Depasquale Delucia Degraff Deer Decamp Davalos Darwin Dan
Cullins Conard Clouser Clontz Cifuentes Chico Chappel Chaffins Celis Carwile Byram Bruggeman
Brick Bressler Brathwaite Brasfield Bradburn Boose Boon Bodie Blosser Blas Bise Bertsch Bernardi
Bernabe Bengtson Barrette Astorga Armand Antone Alday Albee Abrahamson Yarnell Wiltse Wile Wiebe
Waguespack Vasser Upham Tyre Turek Tune Traxler Torain Tomaszewski Tinnin Tiner Tindell Teed
Styron Stahlman Staab Spoon Spells Skiba Shih Sheperd Seidl Secor Schutte Sanfilippo Ruder
Rondon Reina Rearick Rank Procter Prochaska Pettengill Pauly Neilsen Nally Mutter Mullenax
Morano Meads Mcnaughton Mcmurtry Mcmath Mckinsey Matthes Massenburg Marlar Margolis Marcos Malin
Magallon Mackin Lovette Loughran Loring Longstreet Loiselle Lenihan Laub Kunze Kull Koepke
Knights Kerwin Kalinowski Kagan Innis Innes Husband Holtzman Heinemann Harshman Haider Haack
Guss Grondin Grissett Greenawalt Gravel Goudy Goodlett Goldston Gokey Goin Gardea Galaviz
Gafford Gabrielson Furlow Fritch Fordyce Folger Elizalde Ehlert Eckhoff Eccleston Ealey Dubin
Dolphin Dieter Diemer Deschamps Delapena Decicco Debolt Daum Cullinan Crittendon Crase Cossey
Coppock Coots Colyer Columbus Cluck Chamberland Cane Burkhead Bumpus Buchan Borman Bork Boe
Birkholz Berardi Benda Behnke Barter Auer Amezquita Wotring Wirtz Wingert Wiesner Whitesides
Weyant Wainscott Vivian Venezia Varnell Tussey Trainer Toll Thurlow Tack Tabares Stiver Stell
Starke Stanhope Stanek Sisler Sinnott Sidney Siciliano Shehan Selph Seager Scurlock Scranton
Santucci Santangelo Saltsman Ruel Ropp Rolling Rogge Rettig Renwick Reidy Reider Redfield Quam
Premo Port Pier Peet Parente Paolucci Pan Palmquist Orme Ohler Ogg Netherton Mutchler Morita
Mistretta Minnis Middendorf Menzel Mendosa Mendelson Meaux Mcspadden Mcquaid Mcnatt Manigault
Maney Mager Lung Lukes Lopresti Liriano Lipton Letson Lechuga Lazenby Lauria Larimore Kwok Kwak
Krupp Krupa Krum Kopec Kinchen Kifer Kerney Kerner Kennison Kegley Kays Karcher Justis Johson
Jellison Janke Isabell Huskins Holzman Hollie Hinojos Highland Hefley Hatmaker Harte Halloway
Hallenbeck Goodwyn Glaspie Gillian Geise Fullwood Fryman Frew Frakes Fraire Farrer Enlow Engen
Ellzey Eckles Earles Ealy Dunkley Drinkard Dreiling Draeger Dinardo Dills Desroches Desantiago
Current Curlee Crumbley Critchlow Coury Courtright Coffield Cleek Christen Charpentier Cardone
Caples Cantin Buntin Bugbee Brinkerhoff Brackin Bourland Bohl Bogdan Blassingame Beacham Banning
Auguste Andreasen Amann Almon Alejo Adelman Abston Zeno Yerger Wymer Woodberry Windley Whiteaker
Westfield Weibel Wanner Waldrep Vital Villani Vanarsdale Utterback Updike Triggs Topete Tolar
Tigner Thoms Tauber Tarvin Tally Swiney Sweatman Studebaker Streets Stennett States Starrett
Stannard Stalvey Sonnenberg Smithey Sieber Sickles Shinault Segars Sanger Salmeron Rothe Rizzi
Rine Ricard Restrepo Ralls Ragusa Quiroga Ping Phung Pero Pegg Pavlik Papenfuss Oropeza Omar
Okane Neer Nee Nathaniel Mudge Mozingo Molinaro Mikel Mcvicker Mcgarvey Mcfalls Mccraney Matus
Magers Llanos Livermore Liss Linehan Leto Leitner Laymon Lawing Lawerence Lacourse Kwong Kollar
Kneeland Keo Kennett Kellett Kangas Janzen Hutter Huse Huling Hoss Hohn Hofmeister Hewes Hern
Harjo Habib Gust Guice Grullon Greggs Grayer Granier Grable Gowdy Giannini Getchell Gartman
Garnica Ganey Gallimore Fray Fetters Fergerson Farlow Fagundes Exley Esteves Enders Edenfield
Easterwood Drakeford Dipasquale Desousa Deshields Deeter Dedmon Debord Daughtery Cutts
Courtemanche Coursey Copple Coomes Collis Coll Cogburn Clopton Choquette Chaidez Castrejon
Calhoon Burbach Bulloch Buchman Bruhn Bohon Blough Bien Belmont Baynes Barstow Zeman Zackery
Yardley Yamashita Wulff Wilken Wiliams Wickersham Wible Whipkey Wedgeworth Walmsley Walkup
Vreeland Verrill Valera Umana Traub Timothy Swingle Swing Summey Stroupe Stockstill Steffey
Stefanski Statler Stapp Speights Sons Solari Soderberg Slick Shunk Shorey Shewmaker Sheilds
Schiffer Schank Schaff Sagers Rodger Rochon Riser Rickett Reale Raglin Poon Polly Polen Plata
Pitcock Percival Palen Pahl Orona Oberle Nocera Navas Nault Mullings Mouser Moos Montejano
Monreal Minick Middlebrook Meece Mcmillion Mccullen Mauck Marshburn Maillet Mahaney Magner
Maclin Lucey Litteral Lippincott Leite Leis Leaks Laurie Lamarre Kost Jurgens Jesus Jerkins
Jager Hurwitz Hughley Hotaling Horstman Hohman Hocker Hively Hipps Hile Hessler Hermanson
Hepworth Henn Helland Hedlund Harkless Haigler Gutierez Gum Grindstaff Glantz Giardina Gerken
Gadsden Freda Finnerty Feld Farnum Encinas Elton Eager Drakes Dennie Cutlip Curtsinger Couto
Cortinas Corby Choice Chiasson Carle Carballo Brindle Borum Bober Blagg Birk Berthiaume Beahm
Batres Basnight Barbara Backes Axtell Aust Atterberry Alvares Alt Alegria Abe Yow Yip Woodell
Wojciechowski Winfree Winbush Wiest Wesner Wax Wamsley Wakeman Verner Truex Trafton Toman
Thorsen Thor Theus Tellier Tallant Szeto Strope Stills Stage Sorg Simkins Shuey Shaul Servin
Serio Serafin Senior Sebring Salguero Saba Ryerson Rudder Ruark Rother Rohrbaugh Rohrbach Rohan
Rogerson Risher Rigg Reeser Pryce Prokop Prins Priebe Prejean Pinheiro Petrone Petri Penson
Pearlman Parikh Pal Pair Natoli Murakami Mullikin Mullane Motes Morningstar Monks Mcveigh
Mcgrady Mcgaughey Mccurley Masi Marchan Manske Maine Maez Lusby Linde Lile Likens Licon Leroux
Lemaire Legette Lax Laskey Laprade Laplant Lady Kolar Kittredge Kinley Kerber Kanagy Johannes
Jetton Jayne Janik Ippolito Inouye Hunsinger Howley Howery Horrell Hoosier Holthaus Hiner Hilson
Hilderbrand Hasan Hartzler Harnish Harada Hansford Halligan Hagedorn Gwynn Gudino Greenstein
Greear Gracey Goudeau Gose Goodner Ginsburg Gerth Gerner Fyfe Fujii Frier Frenette Folmar
Fleisher Fleischmann Fetzer Fern Eisenman Earhart Dupuy Dunkelberger Drummer Drexler Dillinger
Dilbeck Diana Dewald Demby Deford Daniell Dake Craine Como Clever Chesnut Casady Carstens
Carrick Carino Carignan Canchola Cale Bushong Burman Buono Brownlow Broach Britten Brickhouse
Boyden Boulton Borne Borland Bohrer Blubaugh Bever Berggren Benevides Arocho Arends Amezcua
Almendarez Zalewski Witzel Winkfield Wilhoite Vara Vangundy Vanfleet Vanetten Vandergriff
Urbanski Tyrell Troiano Tickle Thibodaux Straus Stoneking Stjean Stillings Stiff Stange Speicher
Speegle Sowa Smeltzer Slawson Simmonds Shuttleworth Serpa Senger Seidman Schweiger Schloss
Schimmel Schechter Sayler Sabb Sabatini Ronan Rodiguez Riggleman Richins Reep Reamer Prunty
Porath Plunk Piland Philbrook Pettitt Perna Peralez Pascale Padula Oboyle Nivens Nickols Murph
Mundt Munden Montijo Mcmanis Mcgrane Mccrimmon Manzi Mangold Malick Mahar Maddock Lust Losey
Loop Litten Liner Leff Leedy Leavell Ladue Krahn Kluge Junker Iversen Imler Hurtt Huizar Hubbert
Howington Hollomon Holdren Hoisington Hise Heiden Hauge Hartigan Gutirrez Griffie Greenhill
Gratton Granata Gottfried Gertz Gautreaux Furry Furey Funderburg Flippen Fitzgibbon Fergus
Felice Eye Dyar Drucker Donoghue Dildy Devers Detweiler Despres Denby Degeorge Cueto Cranston
Courville Clukey Cirillo Chon Chivers Caudillo Catt Butera Bulluck Buckmaster Braunstein
Bracamonte Bourdeau Border Bonnette Bobadilla Boaz Blackledge Beshears Bernhard Bergeson Baver
Barthel Balsamo Bak Aziz Awad Authement Altom Altieri Abels Zigler Zhu Younker Yeomans Yearwood
Wurster Winget Whitsett Wechsler Weatherwax Wathen Warriner Wanamaker Walraven Viens Vandemark
Vancamp Uchida Triana Tinoco Terpstra Tellis Tarin Taranto Takacs Studdard Struthers Strout
Stiller Spataro Soderquist Sliger Silberman Shurtleff Sheetz Schillinger Ritch Reif Raybon
Ratzlaff Radley Putt Putney Prime Press Pinette Piner Petrin Parise Osbourne Nyman Northington
Noblitt Nishimura Nell Neher Nalls Naccarato Mucha Mounce Miron Millis Meaney Mcnichols Mckinnis
Mcjunkin Mcduffy Marcello Manrique Mannion Mangual Malveaux Mains Lumsden Lucien Lohmann Lipe
Lightsey Lemasters Leist Laxton Laverriere Latorre Lamons Kral Kopf Knauer Kitt Kaul Karas Kamps
Jusino Janis Islam Hullinger Huges Hornung Hiser Hempel Helsel Hassinger Hargraves Hammes
Hallberg Gutman Gumbs Gruver Graddy Gonsales Goncalves Glennon Gilford Geno Freshour Flippo
Fifer Fermin Fason Farrish Fallin Ewert Estepp Escudero Ensminger Emmanuel Emberton Elms Ellerbe
Eide Dysart Dougan Dierking Dicus Detrick Deroche Depue Demartino Delosreyes Dalke Culbreath
Crownover Crisler Crass Corsi Chagnon Centers Cavanagh Casson Carollo Cadwallader Burnley
Burciaga Burchard Broadhead Boris Booze Bolte Body Berens Bellman Bellard Baril Arden Antonucci
Amado Allie Wolfgram Winsor Wimbish Wilbert Wier Wallach Viveros Vento Varley Vanslyke Vangorder
Touchstone Tomko Tiemann Throop Tamura Talmadge Swayze Sturdevant Strauser Stolz Stenberg
Stayton Spohn Spillers Spillane Sluss Sloane Slavens Simonetti Shofner Shead Senecal Seales
Schueler Schley Schacht Sauve Sarno Salsbury Rothschild Rosier Rines Reveles Rein Redus Redfern
Reck Ranney Raggs Prout Prill Preble Prager Plemons Pippen Pilon Piccirillo Pewitt Pesina Pecora
Otani Orsini Ollie Oestreich Odea Ocallaghan Northup Niehaus Newberg Nasser Narron Monarrez
Mishler Mcsherry Mcelfresh Mayon Mauer Mattice Mash Marrone Marmolejo Marini Marie Mara Malm
Machen Lunceford Loewen Liverman Litwin Linscott Levins Lenox Legaspi Leeman Leavy Lannon Lamson
Lambdin Labarre Knouse Klemm Kleinschmidt Kirklin Keels Juliano Howser Hott Hosier Hosea Hopwood
Holyfield Hodnett Hirsh Heimann Height Heckel Harger Hamil Hajek Gurganus Gunning Grange
Gonzalas Goggins Gerow Gaydos Garduno Ganley Galey Farner Ester Engles Emond Emert Ellenburg
Edick Duell Dublin Dorazio Dong Dimond Diederich Dewalt Depuy Dempster Demaria Dehoyos Dearth
Dealba Dane Czech Crose Crespin Cogdill Clinard Cipriano Chretien Chalk Cerny Ceniceros Celestin
Caple Cacho Burrill Buhr Buckland Branam Boysen Bovee Boos Boler Blom Blasko Beyers Belz
Belmonte Bednarz Beckmann Beaudin Bazile Barbeau Balentine Abrahams Able Zielke Yunker Yeates
Wrobel Wike Whisnant Wherry Wagnon Vogan Vansant Vannest Vallo Ullery Towles Towell Tiger Thill
Taormina Tannehill Taing Storrs Stickles Stetler Sparling Solt Silcox Sheard Shadle Seman
Selleck Schlemmer Scher Sapien Sainz Rumble Roye Rosamond Romain Rizzuto Resch Rentz Rasch
Ranieri Purtell Primmer Portwood Pontius Pons Pletcher Pledger Pirkle Pillsbury Pentecost Peng
Paxson Ortez Organ Oles Newborn Mullett Muirhead Mouzon Mork Mollett Mohn Mitcham Melillo Mee
Medders Mcmiller Mccleery Mccaughey Manders Mak Maciejewski Macaulay Lute Lipman Lewter Larocque
Langton Kriner Knipp Killeen Karn Kalish Kaczor Jonson Jerez Jarrard Janda Hymes Hollman
Hollandsworth Holl Hobdy Hitch Hennen Hemmer Hagins Haddox Guitierrez Guernsey Gorsuch Gholson
Genova Gazaway Gauna Gammons Freels Fonville Fly Florian Fleet Fetterman Fava Farquhar Farish
Fabela Escoto Eisen Dossett Dority Dorfman Demmer Dehn Dawley Darbonne Damore Damm Crosley Cron
Crompton Crichton Cotner Cordon Conerly Colvard Clauson Chess Cheeseman Charity Cavallaro
Castille Cabello Burgan Buffum Bruss Brassfield Bowerman Bothwell Borgen Bonaparte Bombard
Boivin Boissonneault Bogner Bodden Boan Blanche Bittinger Bickham Bedolla Bale Bainbridge Aybar
Avendano Ashlock Amidon Almanzar Akridge Ackermann Zager Yong Xavier Worrall Winans Wilsey
Wightman Westrick Wenner Warne Warford Verville Utecht Upson Tuma Tseng Troncoso Trollinger
Torbert Taulbee Sutterfield Stough Storch Stonebraker Stolle Stilson Stiefel Steptoe Stepney
Stender Stemple Staggers Spurrier Spray Spinney Spengler Smartt Skoog Silvis Sieg Shuford
Selfridge Seguin Sedgwick Sease Scotti Schroer Schlenker Schill Savarese Sapienza Sanson
Sandefur Salamone Rusnak Rudisill Royalty Rothermel Roca Resendiz Reliford Rasco Raiford
Quisenberry Quijada Pullins Puccio Postell Poppe Pinter Piche Petrucci Pellegrin Pelaez Patti
Paton Pasco Parkes Paden Pabst Orchard Olmsted Newlon Mynatt Mustafa Mower Morrone Moree Moffat
Mixson Minner Min Millette Mederos Mcgahan Mcconville Maughan Massingill Marano Macri Lovern
Lichtenstein Leonetti Lehner Lawley Laramie Lappin Lahti Lago Lacayo Kuester Knee Kincade Junior
Juhl Joslyn Jiron Jessop Jerry Jarosz Jain Hults Hoge Hodgins Hoban Hinkson Hillyard Herzig
Hervey Henriksen Hawker Hause Hard Hankerson Gregson Golliday Gilcrease Gessner Gerace Garwood
Garst Gaillard Flinchum Fishel Fishback Filkins Fentress Fabre Ethier Espana Eisner Ehrhart
Efird Drennon Dominy Dominique Domingue Dipaolo Dinan Dimartino Deskins Dengler Defreitas
Defranco Dancer Dahlin Cutshaw Cuthbert Croyle Crothers Critchfield Cowie Costner Coppedge Copes
Ciccone Champ Cesar Caufield Capo Cambron Cambridge Buser Burnes Buhl Buendia Brindley Brecht
Bourgoin Boomer Blackshire Birge Benninger Bembry Beil Begaye Barrentine Barks Banton Balmer
Baity Auerbach Ambler Alexandre Ackerson Zurcher Zell Wynkoop Wallick Waid Vos Vizcaino Vester
Veale Vandermark Vanderford Tuthill Trivette Thiessen Tewksbury Tao Tabron Swim Swasey Swanigan
Stoughton Stoudt Stimson Stecker Stead Stall Spady Souther Smoak Sklar Simcox Sidwell Sharon
Seybert Sesco Seeman Seaborn Schwenk Schmeling Rossignol Robillard Robicheaux Riveria Rippeon
Ridgley Remaley Rehkop Reddish Reach Rauscher Rachel Quirion Pusey Pruden Pressler Potvin
Pospisil Paradiso Pangburn Palmateer Ownby Otwell Osterberg Osmond Olsson Old Oberlander Nusbaum
Novack Nokes Nicastro Nehls Nay Naber Mulhern Motter Moretz Milian Mercedes Mckeel Mcclay Mccart
Matsuda Mary Martucci Marple Marko Marciniak Manes Mancia Maker Macrae Lybarger Lint Lineberger
Levingston Lecroy Lattimer Laseter Kulick Krier Knutsen Klem Kinne Kinkade Ketterman Kerstetter
Kersten Karam Jury Joshi Jin Jent Jefcoat Hillier Hillhouse Hettinger Henthorn Henline Helzer
Heitzman Heineman Heenan Haughton Haris Harbert Haman Grinstead Gremillion Gorby Giraldo Gioia
Gerardi Geraghty Gaunt Gatson Gardin Gans Gammill Games Gain Friedlander Frahm Fossett Fosdick
Forth Forbush Fondren Fleckenstein Fitchett Filer Feliz Feist Ewart Evelyn Esters Elsner Edgin
Eddie Easterly Dussault Durazo Devereaux Deshotel Deckert Dargan Dare Cornman Conkle Condit
Commander Claunch Clabaugh Chute Cheesman Chea Charney Charleston Casella Carone Carbonell
Canipe Campana Calles Cabezas Cabell Buttram Bustillos Buskirk Boyland Bourke Blakeley Big
Berumen Berrier Bench Belli Behrendt Baumbach Bartsch Baney Arambula Alldredge Allbritton Ziemba
Zanders Youngquist Yoshioka Yohe Wunder Woodfin Wojtowicz Winkel Wilmore Willbanks Wesolowski
Wendland Walko Votaw Vanek Uriarte Urbano Turnipseed Triche Trautman Towler Tokarz Temples Tefft
Teegarden Syed Swigart Stryker Stoller Stapler Stansfield Smit Smelley Sicard Shulman Shew Shear
Sheahan Sharpton Selvidge Schlesinger Savell Sandford Sabatino Rosenbloom Roepke Rish Rhames
Renken Reger Rappaport Quarterman Puig Prasad Poplar Pizano Pigott Pick Phair Petrick Patt
Pascua Paramore Papineau Olivieri Ogren Norden Noga Nisbet Munk Munch Mui Morvant Moro Moloney
Merz Meng Meltzer Mellinger Mehl Mcnealy Mckernan Mchaney Mccleskey Mcandrews Mayton Mayor
Markert Maresca Marcellus Maner Mandujano Malpass Macintyre Lytton Lyall Lummus Longshore
Longfellow Lokey Locher Leverette Lepe Lefever Leeson Lederer Lampert Lagrone Kreider Korth
Knopf Kleist Kiss Keltner Kelling Kaspar Kappler Justin Josephs Jiang Huckins Horace Holub
Hofstetter Hoehn Higginson Hennings Heid Havel Hauer Harnden Hargreaves Hanger Guild Guidi Grate
Grandy Grandstaff Goza Goodridge Goodfellow Goggans Godley Giusti Gilyard Geoghegan Galyon Gaeta
Funes Font Flor Flanary Fales Erlandson Ellett Elia Edinger Dziedzic Duerr Draughn Donoho
Dimatteo Devos Dematteo Degnan Darlington Danis Dam Dahlstrom Dahlke Czajkowski Cumbie Culbert
Crosier Croley Corry Clinger Cheshire Chalker Cephas Caywood Cavalier Capehart Cales Cadiz
Bussiere Burriss Burkart Brundidge Bronstein Breeze Bradt Boydston Bostrom Borel Bolles Blay
Blackwelder Bissett Bevers Bester Bernardino Benefiel Belote Beedle Beckles Baysinger Bassler
Bartee Barlett Bargas Barefield Baptista Arterburn Armas Apperson Amoroso Amedee Zullo Zellner
Yelton Willems Wilkin Wiggin Widman Welk Weingarten Walla Viers Vess Verdi Veazey Vannote Tullos
Trudell Trower Trosper Trimm Trew Tousignant Topp Tocco Thoreson Terhune Tatom Suniga Sumter
Steeves Stansell Soltis Sloss Slaven Sing Shisler Sheriff Shanley Servantes Selders Segrest
Seese Seeber Schaible Savala Sartor Rutt Rumbaugh Ruis Roten Roessler Ritenour Riney Restivo
Rene Renard Rakestraw Rake Rachal Quiros Pullin Prudhomme Primeaux Prestridge Presswood Ponte
Polzin Poarch Pittenger Piggott Pickell Phaneuf Parvin Parmley Palmeri Paisley Ozment Ormond
Ordaz Ono Olea Obanion Oakman Novick Nicklas Nemec Nappi Mund Morfin Mera Melgoza Melby
Mcgoldrick Mcelwain Mcchristian Mccaw Marquart Marlatt Markovich Mahr Lupton Lucus Lorusso
Lerman Leddy Leaman Leachman Lavalle Laduke Kummer Koury Konopka Koh Koepp Kloss Klock Khalil
Kernan Kappel Jakes Inoue Hutsell Howle Honore Hole Hockman Hockaday Hiltz Hetherington Hesser
Hershman Heng Heffron Headen Haskett Hartline Harned Guillemette Guglielmo Guercio Greenbaum
Goris Glines Gilmour Gardella Gadd Gabler Gabbert Fuselier Freudenburg Fragoso Follis Flemings
Feltman Febus Farren Fallis Evert Ekstrom Eastridge Dyck Dufault Dubreuil Dresser Drapeau
Domingues Dolezal Dinkel Didonato Devitt Devane Demott Daughtrey Daubert Das Darrell Creason
Crary Costilla Chipps Cheatwood Carmean Canton Caffrey Burgher Buker Brunk Brodbeck Brantner
Brandy Bolivar Boerner Bodkin Biel Betty Bencomo Bellino Beliveau Beauvais Beaupre Baylis
Baskett Barcus Barbera Baltz Asay Arney Arcuri Ankney Agostini Addy Zwilling Zubia Zollinger
Zeitz Yard Yanes Winship Winningham Wickline Webre Waddington Vosburgh Vessels Verrett Vedder
Varnum Vandeventer Vacca Usry Towry Touchet Tookes Tonkin Timko Tibbitts Thedford Tarleton Talty
Talamantez Tafolla Sugg Strecker Stirling Steffan Spiva Slape Siemens Shatzer Seyler Seamans
Schmaltz Schipper Sasso Sailor Ruppe Runner Royals Roudebush Ripple Riemer Richarson Revilla
Reichenbach Ratley Railsback Quayle Poplin Poorman Ponton Polo Pollitt Poitras Piscitelli Piedra
Pickles Pew Perera People Penwell Pelt Pauline Parkhill Paladino Ore Oram Olmo Oliveras
Olivarria Ogorman Near Naron Muncie Mowbray Morones Moretti Monn Mitts Minks Minarik Mimms
Milliron Millington Millhouse Messersmith Mcnett Mckinstry Mcgeorge Mcdill Mcateer Mazzeo
Matchett Mahood Mabery Lundell Louden Losoya Lisk Lezama Leib Lebo Lanoue Lanford Lafortune Kump
Krone Kreps Kott Kopecky Kolodziej Knuckles Kinman Kimmons Kelty Kaster Karlson Kania Jules
Joyal Job Jenner Jasinski Jandreau Isenhour Hunziker Huhn Houde Houchins Holtman Hodo Heyman
Hentges Hedberg Hayne Haycraft Harshbarger Harshaw Harriss Haring Hansell Hanford Handler
Hamburg Hamblen Gunnell Groat Gorecki Gochenour Gleeson Genest Geiser Gabriele Fulghum Friese
Fridley Freeborn Frailey Flaugher Fiala Ettinger Etheredge Espitia Eriksen Engelbrecht
Engebretson Elie Eickhoff Edney Edelen Eberhard Eastin Eakes Driggs Doner Donaghy Disalvo
Deshong Dahms Dahlquist Curren Cripe Cree Creager Corle Conatser Commons Coggin Coder Coaxum
Closson Clodfelter Classen Chittenden Castilleja Casale Cartee Carriere Canup Canizales Burgoon
Bunger Bugarin Buchanon Bruning Bruck Brookes Broadwell Brier Brekke Breese Bracero Bowley
Bowersox Bose Bogar Blossom Blauser Blacker Bjorklund Belair Baumer Basler Barb Baltimore Baize
Baden Auman Amundsen Amore Alvarenga Adan Adamczyk Yerkes Yerby Yawn Yamaguchi Worthey Wolk
Wixom Wiersma Wieczorek Whiddon Weyer Wetherington Wein Watchman Warf Wansley Vesely Velazco
Vannorman Valasquez Utz Urso Turco Turbeville Trivett Torrance Toothaker Toohey Tondreau Thaler
Sylvain Swindler Swigert Swider Stiner Stever Steffes Stampley Stair Smidt Skeete Silvestre Shy
Shutts Shock Shealey Seigler Schweizer Schuldt Schlichting Scherr Saulsberry Saner Rosin Rosato
Roling Rohn Rix Rister Remley Remick Recinos Ramm Raabe Pursell Poythress Poli Pokorny Plum
Pettry Petrey Petitt Penman Payson Paquet Pappalardo Outland Oscar Orenstein Nuttall Nuckols
Nott Nimmo Murtagh Mousseau Moulder Mooneyhan Moak Minch Miera Mercuri Meighan Mcnelly Mcguffin
Mccreery Mcclaskey Man Mainor Luongo Lundstrom Loughman Loose Lobo Lobb Linhart Liberty Lever
Leu Leiter Lehoux Lehn Lares Lapan Langhorne Lamon Ladwig Ladson Kuzma Kreitzer Knop Keech Kea
Kadlec Jhonson Jantz Inglis Husk Hulme Housel Hofman Hillery Heidenreich Heaps Haslett Harting
Hartig Hamler Halton Hallum Gutierres Guida Guerrier Grossi Gress Greenhalgh Gravelle Gow Goslin
Gonyea Gipe Gerstner Gasser Garceau Gannaway Gama Gallop Gaiser Fullilove Foutz Fossum Flannagan
Farrior Faller Ericksen Entrekin Enochs Englund Ellenberger Eastland Earwood Dudash Drozd Desoto
Delph Dekker Dejohn Degarmo Defeo Defalco Deblois Dacus Cudd Crossen Crooms Cronan Costin
Costanza Cordray Comerford Collie Colegrove Coldwell Claassen Chartrand Castiglione Carte
Cardella Carberry Capp Capobianco Cangelosi Buch Brunell Brucker Brockett Brizendine Brinegar
Brimer Brase Bosque Bonk Bolger Bohanon Bohan Blazek Berning Bergan Bennette Beauchemin Battiste
Barra Balogh Avis Avallone Aubry Ashcroft Asencio Arledge Anchondo Amy Alvord Acheson Zaleski
Yonker Wyss Wycoff Woodburn Wininger Winders Willmon Wiechmann Westley Weatherholt Warnick
Wardle Warburton Volkert Virgin Villanveva Veit Vass Vanallen Tung Toribio Toothman Tiggs
Thornsberry Thome Tepper Teeple Tebo Tassone Tann Sultan Stucker Stotler Stoneman Stehle
Stanback Stallcup Spurr Speers Spada Solum Smolen Sinn Silvernail Sholes Shives Shain Secrest
Seagle Schuette Schoch Schnieders Schild Schiavone Schiavo Scharff Santee Sandell Salvo Rollings
Rollin Rivenburg Ritzman Rist Rio Ricardo Reynosa Retana Reiber Regnier Rarick Ransome Rall
Propes Prall Poyner Ponds Poitra Plaster Pippins Pinion Piccolo Phu Perillo Penrose Pendergraft
Pelchat Peed Patenaude Palko Odoms Oddo Novoa Newburn Negri Nantz Mosser Moshier Molter Molinari
Moler Millman Meurer Mendel Mcray Mcnicholas Mcnerney Mckillip Mcilvain Mcadory Matter Master
Marmol Marinez Manzer Mankin Makris Majeski Magnus Maffei Luoma Luman Luebke Luby Lomonaco Loar
Litchford Lintz Licht Levenson Legge Laughter Lanigan Krom Kreger Koop Kober Klima Kitterman
Kinkead Kimbell Kilian Kibbe Kendig Kemmer Kash Jenkin Inniss Hurlbut Hunsucker Hugo Huckabee
Hoxie Hoglund Hockensmith Hoadley Hinkel Higuera Herrman Heiner Hausmann Haubrich Hassen Hanlin
Hallinan Haglund Hagberg Gullo Gullion Groner Greenwalt Grand Goodwill Gong Gobert Glowacki
Glessner Gines Gildersleeve Gildea Gerke Gerhard Gebhard Gatton Gately Galasso Fralick Fouse
Fluharty Faucette Fairfax Evanoff Elser Ellard Egerton Edie Ector Ebling Dunkel Duhart Drysdale
Dostal Dorey Dolph Doles Dismukes Digregorio Digby Dewees Deramus Denniston Dennett Deloney
Delaughter Darcy Cuneo Cumberland Crotts Crosswhite Cremeans Creasey Cottman Cothern Costales
Cosner Corpus Cora Constable Colligan Cobble Clutter Chupp Chevez Chatmon Chaires Caplan Caffee
Cabana Burrough Burditt Buckler Brunswick Brouillard Broady Bowlby Bouley Borgman Boltz Boddy
Blackston Birdsell Bedgood Bate Basil Bartos Barriga Barrie Barna Barcenas Banach Baccus Auclair
Ashman Arter Arendt Ansell Allums Allsop Allender Alber Albarran Adelson Zoll Wysong Wimbley
Wildes Whitis Whitehill Whicker Weymouth Weldy Wark Wareham Waddy Viveiros Vito Vides Vecchio
Vath Vandoren Vanderhoof Unrein Uecker Tsan Trepanier Tregre Torkelson Ton Tobler Tineo Timmer
Swopes Swofford Sweeten Swarts Summerfield Sumler Stucky Strozier Stigall Stickel Stennis
Stelzer Steely Solar Slayden Skillern Shurtz Shelor Shellenbarger Shand Shabazz Seo Scroggs
Schwandt Schrecengost Schoenrock Schirmer Sandridge Ruzicka Rozek Rowlands Roser Rosendahl
Romanowski Romaine Rolston Rink Riggio Reichman Redondo Reay Rawlinson Raskin Raine Quandt
Purpura Purdue Pruneda Prevatte Prettyman Pinedo Pierro Pidgeon Phillippi Pfeil Penix Peasley
Paro Overall Ospina Ortegon Ogata Ogara Normandin Nordman Nims Nassar Motz Morlan Mooring Moles
Moir Mizrahi Mire Minaya Millwood Mikula Messmer Meikle Mctaggart Mcgonagle Mcewan Mccasland
Mccane Mccaffery Mcalexander Mattocks Mattie Matranga Martone Markland Maravilla Manno Manly
Mancha Mallery Magno Lorentz Locklin Livingstone Lipford Lininger Line Liao Lepley Leming
Lemelin Leadbetter Lawhon Lattin Langworthy Lampman Lambeth Lamarr Lahey Krajewski Klopp
Kinnison Kestner Kerry Kennell Karim Jozwiak Jakubowski Jagger Ivery Ishmael Iliff Iddings
Hudkins Houseman Holz Holderman Hoehne Highfill Hiett Heskett Heldt Hedman Hayslett Hatchell
Hasse Hamon Hamada Hakala Haislip Haffey Hackbarth Guo Gullickson Guerrette Guan Greenblatt
Goudreau Gongora Godbout Glaude Gills Gillison Gigliotti Gargano Gallucci Galli Galante Frasure
Fodor Fizer Fishburn Finkbeiner Finck Fager Estey Espiritu Eppinger Epperly Emig Eckley Dray
Dorsch Dille Devita Deslauriers Demery Delorme Delbosque Dauphin Dantonio Curd Crume Crown Cozad
Cossette Comacho Climer Chadbourne Cespedes Cayton Castaldo Carpino Carls Capozzi Canela Cadet
Buzard Busick Burlison Brinkmann Bridgeforth Bourbeau Bornstein Boots Bonfiglio Boice Boese
Biondi Bilski Betton Berwick Berlanga Behan Becraft Barrientez Banh Balke Balderrama Bahe
Bachand Atlas Armer Arceo Aliff Alatorre Zermeno Zane Younce Yeoman Yamasaki Wroten Worm Woodby
Winer Wilmer Willits Wilcoxon Wehmeyer Waterbury Wass Wann Wake Wachtel Vizcarra Vince Victory
Veitch Vanderbilt Vallone Vallery Ureno Tyer Tipps Tiedeman Theberge Texeira Taub Tapscott
Stutts Stults Stukes Staff Spink Sottile Smithwick Slane Simeone Silvester Siegrist Shiffer
Sheedy Sheaffer Severin Sellman Scotto Schupp Schueller Schreier Schoolcraft Schoenberger
Schnabel Sangster Samford Saliba Ryles Ryans Rossetti Rodriguz Risch Riel Rezendes Rester
Rencher Recker Rathjen Profitt Poteete Polizzi Perrigo Patridge Osby Orvis Opperman Oppenheim
Onorato Olaughlin Ohagan Ogles Oehler Obyrne Nuzzo Nickle Nease Neagle Navarette Nagata Musto
Morning Morison Montz Mogensen Mizer Miraglia Mingus Migliore Merideth Menges Mellor Mcnear
Mcnab Mcloud Mcelligott Mccollom Maynes Marquette Markowski Marcantonio Mar Maldanado Makin
Macey Lundeen Lovin Longino Lisle Linthicum Limones Lesure Lesage Leisure Lauver Laubach Latshaw
Lary Lapham Lacoste Lacher Kutcher Knickerbocker Klos Klingler Kleiman Kittleson Kimbrel
Kimberly Kemmerer Kelson Keese Kam Kallas Jurgensen Junkins Juneau Juergens Jolliff Jelks
Janicki Jang Innocent Ingles Inge Huguley Huggard Howton Hone Holford Holding Hogle Hipple
Heimbach Heider Heidel Havener Hattaway Harrah Hanscom Hankinson Hamdan Gridley Goulette Goulart
Goodspeed Goodrow Girardi Gent Gautreau Ganz Gandara Gamblin Galipeau Fyffe Furrow Fulp Fricks
Frase Frandsen Fout Foulks Fouche Foskey Forgey Foor Fobbs Finklea Fincham Figueiredo Festa
Ferrier Fellman Eslick Eilerman Eckart Eaglin Dunfee Dumond Drewry Douse Domino Dimick Diener
Dickert Deines Degree Declue Daw Dattilo Danko Custodio Cuccia Crunk Crispin Cornwall Corea
Coppin Considine Coniglio Conboy Collar Cockrum Clute Clewis Claude Christiano Channell Channel
Cerrato Cecere Catoe Castillon Castile Carstarphen Carmouche Caperton Buteau Bury Bumpers Brey
Brenton Brazeal Brassard Brass Braga Bradham Bourget Borrelli Borba Boothby Bohr Bohm Boehme
Bodin Bloss Blocher Bizzell Bieker Berthelot Bernardini Berends Benard Belser Baze Bartling
Barrientes Barras Barcia Banfield Aurand Artman Arnott Arend Ardis Amon Almaguer Allee Albarado
Alameda Abdo Zuehlke Zoeller Yokoyama Yocom Wyllie Woolum Wint Winland Wink Wilner Wilmes
Whitlatch Westervelt Walthall Walkowiak Walburn Viviano Vanderhoff Valez Ugalde Trumbull Todaro
Tilford Tidd Tibbits Terranova Templeman Tannenbaum Talmage Tabarez Swearengin Swartwood
Svendsen Strum Strack Storie Stockard Steinbeck Starns Stanko Stankiewicz Stacks Stach Sproles
Spenser Smotherman Slusser Sinha Silber Siefert Siddiqui Shuff Sherburne Seldon Seddon
Schweigert Schroeter Schmucker Saffold Rutz Rundle Rosinski Rosenow Rogalski Ridout Rhymer
Replogle Regina Reda Raygoza Ratner Rascoe Rahm Quincy Quast Pry Pressnell Predmore Pou Porto
Pleasants Pigford Pavone Patnaude Parramore Papadopoulos Palmatier Ouzts Oshields Ortis Olmeda
Olden Okamoto Norby Nitz Niebuhr Nevius Neiman Neidig Neece Murawski Mroz Moylan Moultry
Mosteller Moring Morganti Mook Moffet Mettler Merlo Mengel Mendelsohn Meli Melchior Mcmeans
Mcfaddin Mccullers Mccollister Mccloy Mcclaine Maury Maser Martelli Manthey Malkin Maio Magwood
Maginnis Mabon Luton Lusher Lucht Lobato Levis Letellier Legendre Laurel Latson Larmon Largo
Landreneau Landgraf Lamberson Kurland Kresge Korman Korando Klapper Kitson Kinyon Kincheloe
Kawamoto Kawakami Jenney Jeanpierre Ivers Issa Ince Hugh Hug Honda Hollier Hollars Hoerner
Hodgkinson Hiott Hibbitts Herlihy Henricks Heavner Hayhurst Harvill Harewood Hanselman Hanning
Gwyn Gustavson Grounds Grizzard Grinder Graybeal Gravley Gorney Goll Goehring Godines Gobeil
Glickman Giuliano Gimbel Gift Geib Gayhart Gatti Gains Gadberry Frei Fraise Fouch Forst Forsman
Folden Fogleman Figaro Fetty Feely Fabry Eury Estill Epling Elamin Echavarria Dutil Duryea
Dumais Drago Downard Douthit Doolin Dobos Dison Dinges Diebold Desilets Deshazo Depaz Degennaro
Dall Cyphers Cryer Croce Crisman Credle Coriell Copp Coop Compos Colmenero Cogar Chapel
Carnevale Campanella Caley Calderone Burtch Brouwer Brehmer Brassell Brafford Bourquin Bourn
Bohnert Blewett Blass Blakes Bhakta Besser Berge Bellis Balfour Avera Austria Applin Ammon Alsop
Aleshire Akbar Zoller Zapien Wymore Wyble Wolken Wix Wickstrom Whobrey Whigham Westerlund Welsch
Weisser Weisner Weinstock Wehner Watlington Wakeland Wafer Virgen Victorino Veltri Veith Urich
Uresti Umberger Twedt Tuohy Tschida Trumble Troia Tristan Trimmer Topps Tonn Tiernan Threet
Thrall Thetford Teneyck Tartaglia Swords Strohl Streater Strausbaugh Stradley Stonecipher
Steadham Stansel Stalcup Stabile Sprenger Spradley Speier Southwood Sorrels Slezak Skow Sirmans
Simental Silk Sifford Sievert Shover Sheley Selzer Scriven Schwindt Schwan Schroth Saylors
Saragosa Sant Salaam Saephan Routt Rousey Ros Rolfes Rieke Rieder Richeson Redinger Rasnick
Rapoza Rambert Rafael Quist Pyron Punch Pullman Przybylski Pridmore Pooley Pines Perkinson
Perine Perham Pecor Peavler Partington Panton Oliverio Olague Ohman Ohearn Noyola Nicolai Nebel
Murtha Muff Mowrey Moroney Morgenstern Morant Monty Monsour Mohammad Moffit Mijares Meriwether
Mendieta Melendrez Mejorado Mckittrick Mckey Mckenny Mckelvy Mckechnie Mcelvain Mccoin
Mazzarella Mazon Maurin Matthies Maston Maske Marzano Marmon Marburger Mangus Mangino Mallet Luo
Losada Londono Lobdell Lipson Lesniak Leighty Lei League Lavallie Lareau Laperle Lape Laforce
Laffey Kuehner Kravitz Kowalsky Kohr Kinsman Keppler Kennemer Keiper Keely Kaler Jun Jelinek
Jarnagin Issac Isakson Hypes Hutzler Huls Horak Hitz Hice Herrell Henslee Heitz Heiss Heiman
Hasting Hartwick Harmer Harland Hammontree Haldeman Hakes Guse Guillotte Guard Groleau Greve
Greenough Golub Golson Goldschmidt Golder Godbolt Gilmartin Gies Gibby Geren Genthner Gendreau
Gemmill Gaymon Galyean Galeano Friar Folkerts Fleeman Fitzgibbons Ferranti Felan Farrand Eoff
Enger Engels Ducksworth Duby Dry Drumheller Douthitt Doris Donis Dixion Dittrich Dials Dessert
Descoteaux Depaul Denker Demuth Demelo Delacerda Deforge Danos Dalley Daigneault Cybulski
Crystal Cristobal Cothren Corns Corkery Copas Coco Clubb Clore Chitty Chichester Chery Charon
Chamber Chace Catanzaro Castonguay Cassella Caroll Carlberg Cammarata Calle Cajigas Byas Buzbee
Busey Burling Bufkin Brzezinski Brun Brickner Brabham Boller Bodily Bockman Bleich Blakeman
Bisbee Bier Bezanson Bevilacqua Besaw Berrian Berkeley Bequette Beauford Baumgarten Baudoin
Batie Basaldua Bardin Bangert Banes Backlund Avitia Artz Archey Apel Amico Alam Aden Zebrowski
Yokota Wormley Wootton Woodie Womac Wiltz Wigington Whitehorn Whisman Weisgerber Weigle Weedman
Watkin Wasilewski Wadlington Wadkins Viverette Vidaurri Vidales Vezina Vanleer Vanhoy Vanguilder
Vanbrunt Updegraff Tylor Trinkle Touchette Tilson Tilman Tengan Tarkington Surrett Super Summy
Streetman Straughter Steere Stalling Spruell Spadaro Solley Smathers Silvera Siems Shreffler
Sholar Selden Schaper Samayoa Ruggeri Rowen Rosso Rosenbalm Roosevelt Roose Ronquillo Rogowski
Rexford Repass Renzi Renick Renda Rehberg Reaper Ranck Raffa Rackers Raap Pugsley Puglisi Prinz
Primus Pounders Pon Pompa Plasencia Pipkins Pillar Petrosky Pelley Pauls Pauli Parkison Parisien
Pangle Pancoast Palazzolo Owenby Overbay Orris Orlowski Nipp Newbern Nedd Nealon Najar Mysliwiec
Myron Myres Musson Murrieta Munsell Mumma Muldowney Moyle Mowen Mose Morejon Moodie Monier
Mikkelsen Miers Metzinger Melin Mcquay Mcpeek Mcneeley Mcglothin Mcghie Mcdonell Mccumber
Mccranie Mcbean Mayhugh Marts Marenco Manges Lynam Lupien Luff Luebbert Loh Loflin Lococo Loch
Lis Linke Lightle Lewellyn Leishman Lebow Lebouef Leanos Lanz Landy Landaverde Lacefield Kyler
Kuebler Kropf Kroeker Kluesner Klass Kimberling Kilkenny Kiker Ketter Kelemen Keasler Kawamura
Karst Kardos Jeremiah Jared Igo Huseman Huseby Hurlbert Huard Hottinger Hornberger Hopps
Holdsworth Hensen Heilig Heeter Harpole Haak Gutowski Gunnels Grimmer Grieve Gravatt Granderson
Gotcher Gleaves Genao Garfinkel Frerichs Foushee Flanery Finnie Feldt Fagin Ewalt Ellefson Eiler
Eckhart Eastep Dwight Digirolamo Didomenico Devera Delavega Defilippo Debusk Daub Damiani
Cupples Cuddy Crofoot Courter Coto Costigan Corning Corman Corlett Cooperman Collison Coghlan
Cobbins Coady Coachman Clothier Client Clear Cipolla Chmielewski Chiodo Chatterton Chappelle
Chairez Ceron Casperson Casler Casados Carrow Carolina Carlino Carico Cardillo Caouette Canto
Canavan Cambra Byard Buterbaugh Buse Bucy Buckwalter Bubb Bryd Brissette Brault Bradwell
Boshears Borchert Blansett Blanch Blade Biondo Bilbo Biehl Bessey Berta Belles Bella Beeks
Beekman Beaufort Bayliss Bardsley Avilla Astudillo Ardito Anwar Antunez Amen Aderholt Abate
Yowell Yin Yearby Wurst Woolverton Woolbright Wildermuth Whittenburg Whitely Wetter Wetherbee
Wenz Welliver Welling Welcome Wason Warrior Warlick Voorhies Vivier Villines Vida Verde Veiga
Varghese Vanwyk Vanwingerden Vanhorne Umstead Twiggs Tusing Trego Tompson Tinkle Thoman Thole
Tatman Tartt Suda Studley Strock Strawbridge Stokely Stec Stang Stalter Speidel Spafford Spade
Sontag Sokolowski Skillman Skelley Skalski Sison Sippel Sinquefield Sin Siegle Sher Sharrow
Setliff Sera Sellner Selig Seibold Seery Scriber Schull Schrupp Schippers Saulsbury Sao Santillo
Sanor Sancho Rufus Rubalcaba Roosa Ronk Robbs Roache River Riebe Reinoso Quin Prude Preuss
Pottorff Pontiff Plouffe Picou Picklesimer Pettyjohn Petti Penaloza Parmelee Pardee Palazzo
Overholt Ogawa Ofarrell Nova Nolting Noda Nicola Nickson Nevitt Neveu Navarre Nam Murrow Munz
Mulloy Monzo Milliman Metivier Merlino Mcpeters Mckissack Mckeen Mcgurk Mcfee Mcfarren Mcelwee
Mceachin Mcdonagh Mccarville Mayhall Mattoon Martello Marconi Marbury Mao Manzella Maly Malec
Maitland Maheu Maclennan Lyke Luera Loyola Lowenstein Losh Lopiccolo Longacre Loman Loden Loaiza
Lieber Libbey Lenhardt Lefebre Lauterbach Lauritsen Lass Larocco Larimer Lansford Lanclos Lamay
Lal Kulikowski Kriebel Kosinski Kleinman Kleiner Kleckner Kistner Kissner Kissell Kilroy Kenna
Keisler Keeble Keaney Kale Joly Jimison Jeans Ikner Hursey Hruska Hove Hou Host Hosking Hoose
Holle Hoeppner Hittle Hitchens Hirth Hinerman Hilario Higby Hertzog Hentz Hensler Heist Heier
Hegg Hassel Harpe Hara Hank Hain Hagopian Grimshaw Grado Gowin Gowans Googe Goodlow Goering
Gleaton Gidley Giannone Gascon Garneau Gambrel Galaz Fuentez Frisina Fresquez Fraher Fitting
Feuerstein Felten Everman Estell Ertel Erazo Ensign Endo Ellerman Eichorn Edgell Ebron Eaker
Dundas Duncanson Duchene Ducan Dombroski Doman Dock Dickison Dewoody Deloera Delahoussaye Dejean
Degroat Decaro Dearmond Dashner Dales Crossett Cressey Cowger Courts Cornette Corbo Coplin
Coover Condie Cokley Cicero Ceaser Cannaday Callanan Cadle Buscher Bullion Bucklin Bruening
Bruckner Brose Branan Bradway Botsford Bortz Borelli Bonetti Bolan Boerger Bloomberg Bingman
Bilger Berns Beringer Beres Beets Beede Beaudet Beachum Baughn Bator Bastien Basquez Barreiro
Barga Baratta Balser Baillie Axford Attebery Arakaki Annunziata Andrzejewski Ament Amendola
Adcox Abril Zenon Zeitler Zang Zambrana Ybanez Yagi Wolak Wilcoxson Whitesel Whitehair Weyand
Westendorf Welke Weinmann Wei Weesner Weekes Wedel Wedding Weatherall Warthen Vose Villalta Vila
Viator Vaz Valtierra Urbanek Tulley Trojanowski Trapani Toups Torpey Tomita Tindal Tieman Tevis
Tedrow Taul Tash Tammaro Sylva Swiderski Sweeting Sund Stutler Stocking Stich Sterns Stegner
Stalder Splawn Speirs Southwell Soltys Smead Slye Skipworth Sipos Simmerman Sigmund Sidhu
Shuffler Shingleton Shadwick Sermons Seefeldt Scipio Schwanke Schreffler Schiro Scheiber Sandoz
Samsel Ruddell Royse Rouillard Rotella Rosalez Romriell Rommel Rizer Riner Rickards Rhoton Rhem
Reppert Rayl Raulston Raposo Rapier Rainville Radel Quinney Purdie Puffer Pizzo Pincus Petrus
Pendelton Pendarvis Peltz Peguero Peete Patricio Patchett Parrino Papke Pam Palafox Ottley Ostby
Oritz Oren Ogan Odegaard Oatman Noell Nida Nicoll Newhall Newbill Netzer Nettleton Neblett
Murley Mungo Mulhall Mosca Morissette Morford Montag Monsen Mitzel Miskell Minder Mehaffey
Mcquillen Mclennan Mcgrail Mccreight Mayville Maysonet Maust Mathieson Mastrangelo Maskell
Martina Manz Malmberg Makela Madruga Luz Lotts Longnecker Logston Littell Liska Lindauer
Lillibridge Levron Letchworth Lesh Leffel Leday Leamon Laura Kulas Kula Kucharski Kromer Kraatz
Konieczny Konen Komar Kivett Kirts Kinnear Kersh Keithley Keifer Judah Jimenes Jeppesen Jasmin
Jansson Huntsberry Hund Huitt Huffine Hosford Hopes Holmstrom Hollen Hodgin Hirschman Hiltner
Hilliker Hibner Hennis Helt Heidelberg Heger Heer Hartness Hardrick Halladay Gula Guillaume
Guerriero Grunewald Grosse Griffeth Grenz Grassi Grandison Ginther Gimenez Gillingham Gillham
Gess Gelman Gearheart Gaskell Gariepy Gamino Gallien Galentine Fuquay Froman Froelich Friedel
Foos Fomby Focht Flythe Fiqueroa Filson Filip Fierros Fett Fedele Fasching Farney Fargo Everts
Etzel Elzey Eichner Eger Eatman Ducker Duchesne Donati Domenech Dollard Dodrill Dinapoli Denn
Delfino Delcid Delaune Delatte Deems Daluz Cusson Cullison Cue Cuadrado Crumrine Cruickshank
Crosland Croll Criddle Crepeau Coutu Couey Cort Coppinger Collman Cockburn Coca Clayborne
Claflin Cissell Chowdhury Chicoine Chenier Causby Caulder Cassano Casner Cardiel Burner Brunton
Bruch Broxton Brosius Brooking Branco Bracco Bourgault Bosserman Books Bonet Bolds Bolander
Bohman Boelter Blohm Blea Blaise Bischof Billie Beus Bellew Bastarache Bast Bartolome Bark
Barcomb Barco Balls Balk Balas Bakos Avey Atnip Ashbrook Arno Arbour Aquirre Appell Aldaco
Alcazar Alban Ahlstrom Abadie Zylstra Zick Zheng Yother Wyse Wunsch Whitty Weist Vrooman Vine
Villalon Vidrio Vavra Vasbinder Vanmatre Vandorn Ugarte Turberville Tuel Trogdon Town Toupin
Toone Tolleson Tinkham Tinch Tiano Teston Teer Tea Tawney Taplin Tant Tansey Swayne Sutcliffe
Sunderman Suits Strothers Stromain Stork Stoneburner Stolte Stolp Stoehr Stingley Stegman Stangl
Spinella Spier Soules Sommerfield Sipp Simek Siders Shufelt Shue Shor Shires Shellenberger
Sheely Service Sepe Seaberg Schwing Scherrer Scalzo Saver Sasse Sarvis Santora Sansbury Salls
Saleem Ryland Rybicki Ruggieri Rothenberg Rosenstein Roquemore Rollison Rodden Rivet Rita Ridlon
Riche Riccardi Reiley Regner Rech Rayo Rawley Ranger Raff Radabaugh Quon Quill Privette Prange
Pickrell Perino Penning Pankratz Orlandi Nyquist Norrell Noren Naples Nale Nakashima Musselwhite
Murrin Murch Mullinix Mullican Mullan Morneau Mondor Molinar Minjares Minix Mingle Minchew Mill
Milewski Mikkelson Mifflin Messing Merkley Meis Meas Mcroy Mcphearson Mcneel Mcmunn Mcmorrow
Mcdorman Mccroskey Mccoll Mcclusky Mcclaran Mccampbell Mazzariello Mauzy Mauch Mastro Martinek
Marsala Marcantel Mahle Lyda Lucius Luciani Lubbers Louder Lobel Linsey Linch Liller Legros
Layden Lapine Lansberry Lage Laforest Labriola Koga Knupp Klimek Kittinger Kirchoff Kinzel
Killinger Kilbourne Ketner Kepley Kemble Kells Kear Kaya Karsten Kaneshiro Kamm Joines Joachim
Janelle Jacobus Iler Holgate Hoar Hisey Hird Hilyard Heslin Herzberg Hennigan Hegland Hartl
Haner Handel Gualtieri Greenly Grasser Gran Goetsch Godbold Gilland Gidney Gibney Giancola
Gettinger Garzon Garret Galle Galgano Gaier Gaertner Fuston Freel Fortes Flock Fiorillo Figgs
Fenstermacher Fedler Facer Fabiano Evins Eusebio Euler Esquer Enyeart Elem Eisenhower Eich
Edgerly Durocher Durgan Duffin Drolet Drewes Dotts Dossantos Dolly Dockins Dirksen Difiore
Dierks Dickerman Dice Dery Denault Demaree Delmonte Delcambre Days Daulton Darst Dahle Curnutt
Cully Culligan Cueva Crosslin Croskey Cromartie Crofts Covin Coutee Countess Cost Coppa Coogan
Condrey Concannon Coger Cloer Clatterbuck Cieslak Chumbley Choudhury Chiaramonte Charboneau Chai
Carneal Cappello Campisi Callicoat Burgoyne Bucholz Brumback Brosnan Brogden Broder Brendle
Breece Bown Bou Boser Bondy Bolster Boll Bluford Blandon Biscoe Bevill Bence Battin Basel
Bartram Barnaby Barmore Balbuena Badgley Backstrom Auyeung Ater Arrellano Arant Ansari Alling
Alejandre Alcock Alaimo Aguinaldo Aarons Zurita Zeiger Zawacki Yutzy Yarger Wygant Wurm Wuest
Wolfram Witherell Wisneski Whitby Whelchel Weisz Weisinger Weishaar Wehr Wedge Waxman
Waldschmidt Walck Waggener Vosburg Vita Villela Vercher Venters Vanscyoc Vandyne Valenza Utt
Urick Ungar Ulm Tumlin Tsao Tryon Trudel Treiber Tow Tober Tipler Tillson Tiedemann Thornley
Tetrault Temme Tarrance Tackitt Sykora Sweetman Swatzell Sutliff Suhr Sturtz Strub Strayhorn
Stormer Steveson Stengel Steinfeldt Spiro Spieker Speth Spero Soza Souliere Soucie Snedeker
Slifer Skillings Situ Siniard Simeon Signorelli Siggers Shultis Shrewsbury Shippee Shimp Sherron
Shepler Sharpless Shadrick Severt Severs Semon Semmes Seiter Segers Sclafani Sciortino Schroyer
Schrack Schoenberg Schober Scheidt Scheele Satter Sartori Sarris Sarratt Salvaggio Saladino
Sakamoto Saine Ryman Rumley Ruggerio Rucks Roughton Room Robards Ricca Rexroad Resler Reny
Rentschler Redrick Redick Reagle Raymo Rape Raker Racette Pyburn Pritt Presson Pressman Pough
Plain Pisani Perz Perras Pelzer Pedrosa Palos Palmisano Paille Orem Orbison Oliveros Nourse
Nordquist Newbury Nelligan Nawrocki Myler Mumaw Morphis Moldenhauer Miyashiro Mignone Mickelsen
Michalec Mesta Mcree Mcqueary Mcninch Mcneilly Mclelland Mclawhorn Mcgreevy Mcconkey Mattes
Maselli Marten Mart Marcucci Manseau Manjarrez Malbrough Machin Mabie Lynde Lykes Lueras Lokken
Loken Linzy Lillis Lilienthal Levey Legler Leedom Lebowitz Lazzaro Larabee Lapinski Langner
Langenfeld Lampkins Lamotte Lambright Lagarde Ladouceur Labrador Labounty Lablanc Laberge Kyte
Kroon Kron Kraker Kouba Kirwin Kincer Kimbler Kegler Keach Katzman Katzer Kalman Journey
Jimmerson Jenning Janus Iacovelli Hust Huson Husby Humphery Hufnagel Honig Holsey Holoman Hohl
Hogge Hinderliter Hildebrant Hick Hey Hemby Helle Heintzelman Heidrick Hearon Heap Hazelip Hauk
Hasbrouck Harton Hartin Harpster Hansley Hanchett Haar Guthridge Gulbranson Guill Guerrera Grund
Grosvenor Grist Grell Grear Granberry Gonser Giunta Giuliani Gillon Gillmore Gillan Gibbon
Gettys Gelb Gano Galliher Fullen Frese Frates Foxwell Fleishman Fleener Fielden Ferrera Feng
Fells Feemster Fauntleroy Fails Evatt Espy Eno Emmerich Edwin Edler Eastham Dunavant Duca
Drinnon Dowe Dorgan Dollinger Divers Dipalma Difranco Dietrick Denzer Demarest Delee Delariva
Delany Decesare Debellis Deavers Deardorff Dawe Darosa Darley Dalzell Dahlen Curto Cupps Cunniff
Cude Crivello Cripps Cresswell Cousar Cotta Compo Colorado Clyne Clayson Cearley Catania Carini
Cargo Cantero Cali Buttrey Buttler Burpee Bulkley Buitron Buda Bublitz Bryer Bryden Brouillette
Brott Brookman Bronk Breshears Brennen Brannum Brandl Braman Bracewell Boyter Bomberger Bold
Bogen Boeding Blauvelt Blandford Bigger Biermann Bielecki Bibby Berthold Berkman Belvin Bellomy
Beland Behne Beecham Becher Beams Bax Bassham Barret Baley Bacchus Auxier Atkison Ary Arocha
Arechiga Anspach Algarin Alcott Alberty Ager Adolph Ackman Abdul Abdallah Zwick Ziemer Zastrow
Zajicek Yokum Yokley Wittrock Winebarger Wilker Wilham Whitham Wetzler Westling Westbury Wendler
Wellborn Weitzman Weitz Weight Wallner Waldroup Vrabel Vowels Volker Vitiello Visconti Villicana
Vibbert Vesey Vannatter Vangilder Vandervort Vandegrift Vanalstyne Vallecillo Usrey Tynan Turpen
Tuller Trisler Townson Tillmon Threlkeld Thornell Terrio Taunton Tarry Tardy Swoboda Swihart
Sustaita Suitt Stuber Strine Stookey Stmartin Stiger Stainbrook Solem Smail Sligh Siple Sieben
Shumake Shriner Showman Shiner Sheen Sheckler Seim Secrist Scoggin Schultheis Schmalz Schendel
Schacher Savard Saulter Santillanes Sandiford Sande Salzer Salvato Saltz Sakai Ryckman Ryant
Ruck Ronald Rocker Rittenberry Ristau Risk Richart Rhynes Reyer Reulet Reser Redington
Reddington Rebello Reasor Raftery Rabago Raasch Quintanar Pylant Purington Provencal Prom
Prioleau Prestwood Pothier Popa Polster Politte Poffenberger Pinner Pietrzak Pettie Penaflor
Pellot Pellham Paylor Payeur Papas Paik Oyola Osbourn Orzechowski Oppenheimer Olesen Oja Ohl
Nuckolls Nordberg Noonkester Nold Nitta Niblett Neuhaus Nesler Ned Nanney Myrie Mutch Motto
Mosquera Morena Montalto Montagna Mizelle Mincy Millikan Millay Miler Milbourn Mikels Migues
Miesner Mershon Merrow Merlin Melia Meigs Mealey Mcraney Mcmartin Mclachlan Mcgeehan Mcferren
Mcdole Mccaulley Mcanulty Maziarz Maul Mateer Martinsen Marson Mariotti Manna Mang Mance Malbon
Mah Magnusson Maclachlan Macek Lurie Luc Lown Loranger Lonon Lisenby Linsley Linger Lenk Leavens
Learned Lauritzen Lathem Lashbrook Landman Lamarche Lamantia Laguerre Lagrange Kogan Klingbeil
Kist Kimpel Kime Kier Kerfoot Kennamer Kellems Kammer Kamen Jess Jepsen Jarnigan Isler Ishee
Isabel Hux Hungate Hummell Hultgren Huffaker Hruby Hover Hornick Hooser Hooley Hoggan Hirano
Hilley Higham Heuser Henrickson Henegar Hellwig Heide Hedley Hasegawa Hartt Hambright Halfacre
Hafley Guion Guinan Grunwald Grothe Gries Greaney Granda Grabill Gothard Gossman Gosser Gossard
Gosha Goldner Gobin Gloss Ginyard Gilkes Gilden Gerson Gephart Gengler Gautier Gassett Garon
Gandhi Galusha Gallager Galdamez Fulmore Fritsche Fowles Foutch Forward Footman Fludd Flakes
Ferriera Ferrero Ferreri Fenimore Fegley Fegan Fearn Farrier Fansler Fane Falzone Fairweather
Etherton Elsberry Dykema Duppstadt Dunnam Dunklin Duet Dudgeon Dubuc Doxey Dory Donmoyer Dodgen
Disanto Dingler Dimattia Dilday Digennaro Diedrich Derossett Deputy Depp Demasi Degraffenreid
Deakins Deady Davin Daigre Daddario Czerwinski Cullens Cubbage Cracraft Constance Comes Combest
Coletti Coghill Clerk Claybrooks Class Christofferse Chiesa Chason Chamorro Cessna Celentano
Cayer Carolan Carnegie Capetillo Callier Cadogan Caba Byrom Byrns Burrowes Burket Burdge Burbage
Bukowski Buchholtz Brunt Brungardt Brunetti Brumbelow Brugger Broadhurst Brigance Brandow
Bouknight Bottorff Bottomley Bosarge Borger Bona Bombardier Bologna Boggan Blumer Blecha Birney
Birkland Betances Beran Benny Benes Belin Belgrave Bealer Bauch Bath Bashir Bartow Baro
Barnhouse Barile Ballweg Baisley Bains Baehr Badilla Bachus Bacher Bachelder Auzenne Aten Astle
Allis Agarwal Adger Adamek Ziolkowski Zinke Zazueta Zamorano Younkin Won Wittig Witman Winsett
Winkles Wiedman Whitner Whitcher Wetherby Westra Westhoff Wehrle Wee Wagaman Voris Vicknair
Vegas Veasley Vaugh Vanish Vanderburg Valletta Tunney Trumbo Truluck Trueman Truby Trombly
Trojan Tourville Tostado Tone Titcomb Timpson Tignor Thrush Thresher Thiede Tews Tamplin Taff
Tacker Syverson Sylvestre Summerall Stumbaugh Strouth Straker Stradford Stoney Stokley Steinhoff
Steinberger Stairs Spigner Soltero Snively Sletten Sinkler Sinegal Simoes Siller Sigel Shoe
Shire Shinkle Shellman Sheller Sheats Sharer Selvage Sedlak Sea Schriver Schimke Scheuerman
Schanz Savory Saulters Sauers Sais Rusin Rumfelt Ruhland Rozar Rosborough Ronning Rolph Roloff
Rogue Robie Riviera Rimer Riehle Ricco Rhein Retzlaff Reisman Reimann Rayes Raub Raminez
Quesinberry Pua Procopio Priolo Printz Prewett Preas Prahl Portugal Poovey Ploof Platz Plaisted
Pinzon Pineiro Pickney Petrovich Perl Pehrson Peets Pavon Pautz Pascarella Paras Paolini Pals
Pafford Oyer Ovellette Outten Outen Orduna Odriscoll Oberlin Nosal Niven Nisbett Nevers
Nathanson Mule Mukai Mozee Mowers Motyka Morency Montford Mollica Molden Mitten Miser Mina
Millender Midgette Messerly Melendy Meisel Meidinger Meany Mcnitt Mcnemar Mcmakin Mcgaugh Mccaa
Mauriello Maudlin Matzke Mattia Matteo Matsumura Masuda Mangels Maloof Malizia Mahmoud Maglione
Maddix Lucchesi Lochner Linquist Lino Lietz Leventhal Leopard Lemanski Leiser Laury Lauber
Lamberth Kuss Kung Kulik Kuiper Krout Kotter Kort Kohlmeier Koffler Koeller Knipe Knauss Kleiber
Kissee Kirst Kirch Kilgo Kerlin Kellison Kehl Kalb Jorden Jantzen Jamar Inabinet Ikard Husman
Hunsberger Hundt Hucks Houtz Houseknecht Hoots Hogsett Hogans Hintze Hession Henault Hemming
Helsley Heinen Heffington Heberling Heasley Heal Hazley Hazeltine Hayton Hayse Hawke Haston
Harward Harvard Harrow Hanneman Hafford Hadnot Guerro Graig Grahm Gowins Gordillo Goosby Glatt
Gibbens Ghent Gerrard Germann Geil Gebo Gean Garling Gardenhire Garbutt Gagner Furguson Funchess
Fujiwara Fujita Friley Frigo Forshee Folkes Filler Fernald Ferber Feingold Favorite Faul
Farrelly Fairbank Failla Estelle Espey Eshleman Ertl Erhart Erhardt Erbe Elsea Ells Ellman
Eisenhart Ehmann Earnhardt Duplantis Dulac Ducote Draves Dosch Dolce Divito Ditch Dimauro
Derringer Demeo Demartini Delima Dehner Degen Defrancisco Defoor Dedeaux Debnam Cypert Cutrer
Cusumano Custis Croker Courtois Costantino Cormack Corbeil Copher Conlan Conkling Cogdell Cilley
Chapdelaine Cendejas Castiglia Cassette Cashin Carstensen Carol Caprio Calcote Calaway Byfield
Butner Bushway Burritt Browner Brobst Briner Brighton Bridger Brickley Brendel Bratten Bratt
Brainerd Brackman Bowne Bouck Borunda Bordner Bonenfant Boer Boehmer Bodiford Bleau Blankinship
Blane Blaha Bitting Bissonette Bigby Bibeau Beverage Bermudes Berke Bergevin Bergerson Bendel
Belville Bechard Bearce Beadles Batz Bartlow Barren Ayoub Avans Aumiller Arviso Arpin Arnwine
Armwood Arent Arehart Arcand Antle Ambrosino Alongi Alm Allshouse Ahart Aguon Ziebarth Zeledon
Zakrzewski Yuhas Yingst Yedinak Wommack Winnett Wingler Wilcoxen Whitmarsh Whistler Wayt Watley
Wasser Warkentin Voll Vogelsang Voegele Vivanco Vinton Villafane Viles Versace Ver Venne
Vanwagoner Vanwagenen Vanleuven Vanauken Uselton Uren Trumbauer Tritt Treadaway Tozier Tope
Tomczak Tomberlin Tomasini Tollett Toller Titsworth Tirrell Tilly Tavera Tarnowski Tanouye Tall
Swarthout Sutera Surette Styers Styer Stipe Stickland Steve Stembridge Stearn Starkes Stanberry
Stahr Spino Spicher Sperber Speece Soo Sonntag Sneller Smalling Slowik Slocumb Sliva Slemp Slama
Sitz Sisto Sisemore Sindelar Shipton Shillings Sheeley Sharber Shaddix Severns Severino Sever
Sensabaugh Seder Seawell Seamons Schrantz Schooler Scheffer Scheerer Scalia Saum Santibanez Sano
Sanjuan Sampley Sailer Sabella Sabbagh Royall Rottman Rivenbark Rikard Ricketson Rickel Rethman
Reily Reddin Reasoner Reade Rast Ranallo Rana Quintal Pung Pucci Proto Prosperie Prim Preusser
Preslar Powley Postma Pinnix Pilla Pietsch Pickerel Pica Pharris Petway Petillo Perin Pereda
Pennypacker Pennebaker Pedrick Patin Patchell Parodi Parman Pantano Padua Padro Osterhout Orner
Opp Olivar Ohlson Odonoghue Oceguera Oberry Novello Noguera Newquist Newcombe Neihoff Nehring
Nees Nebeker Nau Mundo Mullenix Morrisey Moronta Morillo Morefield Mongillo Molino Minto Midgley
Michie Menzies Medved Mechling Mealy Mcshan Mcquaig Mcnees Mcglade Mcgarity Mcgahey Mcduff
Mayweather Mastropietro Masten Maranto Maniscalco Maize Mahmood Maddocks Maday Macha Maag Luken
Lopp Lolley Llanas Litz Litherland Lindenberg Lieu Letcher Lentini Lemelle Leet Lecuyer Leber
Laursen Latch Larrick Lantigua Langlinais Lalli Lafever Labat Labadie Kurt Krogman Kohut Knarr
Klimas Klar Kittelson Kirschbaum Kintzel Kincannon Kimmell Killgore Kettner Kelsch Karle Kapoor
Johansson Jock Jenkinson Janney Isabelle Iraheta Insley Hyslop Human Huckstep Holleran Hoerr
Hinze Hinnenkamp Hilger Higgin Hicklin Heroux Henkle Helfer Heikkinen Heckstall Heckler Heavener
Haydel Haveman Haubert Harrop Harnois Hansard Hanover Hammitt Haliburton Haefner Hadsell
Haakenson Guynn Guizar Grout Grosz Goo Gomer Golla Godby Glanz Glancy Givan Giesen Gerst Gayman
Garraway Gabor Furness Frisk Fremont Frary Forand Fessenden Ferrigno Fearon Favreau Faulks Falbo
Ewen Everton Eurich Etchison Esterly Entwistle Ellingsworth Elders Eisenbarth Edelson Eckel
Earnshaw Dunneback Doyal Donnellan Dolin Dibiase Deschenes Dermody Denmark Degregorio Darnall
Dant Dansereau Danaher Dammann Dames Czarnecki Cuyler Custard Cummingham Cuffie Cuffee Cudney
Cuadra Crigler Creger Coughlan Corvin Cortright Corchado Connery Conforti Condron Colosimo
Colclough Cola Cohee Claire Ciotti Chill Chien Check Chacko Cevallos Cavitt Cavins Castagna
Cashwell Carrozza Carrara Capra Campas Callas Caison Cai Caggiano Cabot Bynoe Buswell Burpo
Burnam Burges Buerger Buelow Bueche Buckle Bruni Brummitt Brodersen Briese Breit Brakebill
Braatz Boyers Boughner Borror Borquez Bonelli Bohner Blaze Blaker Blackmer Bissette Bibbins
Bhatt Bhatia Bessler Bergh Beresford Bensen Benningfield Benito Bellantoni Behler Beehler
Beazley Beauchesne Bargo Bannerman Baltes Balog Ballantyne Bad Axelson Apgar Aoki Anstett Alejos
Alcocer Albury Aichele Ahl Ackles Zerangue Zehner Zank Zacarias Youngberg Yorke Yarbro Xie Wydra
Worthley Wolbert Wittmer Witherington Wishart Wire Winnie Winkleman Willilams Willer Wiedeman
Whittingham Whitbeck Whetsel Wheless Westerberg Welcher Wegman Waterfield Wasinger Warfel
Wannamaker Walborn Wada Vogl Vizcarrondo Vitela Villeda Veras Venuti Veney Ulrey Uhlig Turcios
Tremper Torian Torbett Thrailkill Terrones Teitelbaum Teems Tay Swoope Sunseri Stutes Stthomas
Strohm Stroble Striegel Streicher Stodola Stinchcomb Steves Steppe Stem Steller Staudt Starner
Stamant Stam Stackpole Sprankle Speciale Spahr Sowders Sova Soluri Soderlund Slinkard Skates
Sjogren Sirianni Siewert Sickels Sica Shugart Shoults Shive Shimer Shier Shield Shepley Sheeran
Sharper Sevin Severe Seto Segundo Sedlacek Scuderi Schurman Schuelke Scholten Schlater Schisler
Schiefelbein Schalk Sanon Sae Sabala Ruyle Ruybal Ruf Rueb Rowsey Rosol Rocheleau Rishel Rippey
Ringgold Rieves Ridinger Rew Retherford Rempe Reith Rafter Raffaele Quinto Putz Purdom Puls
Pulaski Propp Principato Preiss Prada Polansky Poch Plath Pittard Pinnock Pfarr Pfannenstiel
Penniman Pauling Patchen Paschke Parkey Pando Overly Ouimet Ottman Otter Ostlund Ormiston
Occhipinti Nowacki Norred Noack Nishida Nilles Nicodemus Neth Nealey Myricks Murff Mungia Mullet
Motsinger Moscato Mort Morado Moors Monnier Molyneux Modzelewski Miura Minich Militello
Milbrandt Michalik Meserve Merle Mendivil Melara Meadow Mcnish Mcelhannon Mccroy Mccrady
Mazzella Maule Mattera Mathena Matas Mass Mascorro Marone Marinello Marguez Marcell Manwaring
Manhart Mangano Maggi Lymon Luter Luse Lukasik Luiz Ludlum Luczak Lowenthal Lossett Lorentzen
Loredo Longworth Lomanto Lisi Lish Lipsky Linck Liedtke Levering Lessman Lemond Lembo Ledonne
Leatham Laufer Lanphear Langlais Lando Lamphear Lamberton Lafon Lade Lacross Kyzer Krok Kring
Krell Krehbiel Kratochvil Krach Kovar Kostka Knudtson Knaack Kliebert Klahn Kirkley Kimzey
Kettle Kerrick Kennerson Keesler Karlin Kan Jenny Janousek Jan Imel Icenhour Hyler Hunger Hudock
Houpt Hopping Hoops Holquin Holiman Holahan Hodapp Hires Hillen Hickmon Hersom Henrich Helvey
Heidt Heideman Hedstrom Hedin Hebron Hayter Harn Hardage Harbor Halsted Hahne Hagemann Guzik
Guel Groesbeck Gritton Grego Graziani Grasty Graney Gouin Gossage Golston Goheen Godina Glade
Giorgi Giambrone Gerrity Gerrish Gero Gerling Gaulke Garlick Galiano Gaiter Gahagan Gagnier
Friddle Fredericksen Franqui Follansbee Foerster Flury Fitzmaurice Fiorini Finlayson Fiecke
Fickes Fichter Ferron Ferdinand Farrel Fackler Eyman Escarcega Errico Erler Erby Engman
Engelmann Elsass Elliston Eddleman Eadie Dummer Drost Dorrough Dorrance Doolan Donalson Domenico
Ditullio Dittmar Dishon Dionisio Dike Devinney Desir Deschamp Derrickson Delamora Deitch Dechant
Dave Danek Dahmen Curci Cudjoe Crumble Croxton Creasman Craney Crader Cowling Coulston Cortina
Corlew Corl Copland Convery Cohrs Clune Clausing Cipriani Cinnamon Cianciolo Chubb Chittum
Chenard Charlesworth Charlebois Champine Chamlee Chagoya Casselman Cardello Capasso Cannella
Calderwood Byford Buttars Bushee Burrage Buentello Brzozowski Bryner Brumit Brookover Bronner
Bromberg Brixey Brinn Briganti Bremner Brawn Branscome Brannigan Bradsher Bozek Boulay Bormann
Bongiorno Bollin Bohler Bogert Bodenhamer Blose Blind Bivona Bitter Billips Bibler Benfer
Benedetti Belue Bellanger Belford Behn Beerman Barnhardt Baltzell Balling Balducci Bainter
Babineau Babich Baade Attwood Asmus Asaro Artiaga Applebaum Ang Anding Amar Amaker Allsup
Alligood Alers Agin Agar Achenbach Abramowitz Abbas Aasen Zehnder Yopp Yelle Yeldell Wynter
Woodmansee Wooding Woll Winborne Willsey Willeford Widger Whiten Whitchurch Whang Wen Weissinger
Weinman Weingartner Weidler Waltrip Walt Wagar Wafford Vitagliano Villalvazo Villacorta Vigna
Vickrey Vicini Ventimiglia Vandenbosch Valvo Valazquez Utsey Urbaniak Unzueta Trombetta Trevizo
Trembley Tremaine Traverso Tores Tolan Tillison Tietjen Tee Teachout Taube Tatham Tarwater
Tarbell Sydow Swims Swader Striplin Stops Stoltenberg Steinhauer Steil Steigerwald Starkweather
Stallman Squier Sparacino Span Spadafora Shiflet Shibata Shevlin Sherrick Shake Sessums Servais
Senters Seevers Seelye Searfoss Seabrooks Scoles Schwager Schrom Schmeltzer Scheffel Sax Sawin
Saterfiel Sardina Sanroman Sane Sandin Salamanca Saladin Sak Sabia Rustin Rushin Ruley Rueter
Row Rotter Rosenzweig Roles Rohe Roder Rockey Riter Rieth Ried Riding Riddles Ridder Rennick
Remmers Remer Relyea Reilley Reder Rasheed Rakowski Rabin Queener Pursel Prue Prowell Pritts
Primo Presler Pouncy Porche Porcaro Pollman Pleas Planas Pinkley Pinegar Pilger Philson Petties
Perrodin Pendergrast Patao Pasternak Passarelli Pasko Parshall Panos Panella Palombo Padillo
Oyama Overlock Overbeck Otterson Orrell Ornellas Opitz Okelly Officer Obando Noggle Nicosia
Netto Negrin Natali Nakayama Nagao Nadel Musial Murrill Murrah Munsch Mucci Mrozek Moyes Mowrer
Moris Morais Moorhouse Monico Mone Mondy Moncayo Mole Miltenberger Milsap Milone Millikin
Milardo Mika Micheals Micco Meyerson Mericle Mendell Meinhardt Meachum Mcleroy Mcgray Mcgonigal
Maultsby Matis Matheney Matamoros Marro Marcil Marcial Mantz Mannings Maltby Malchow Maiorano
Mahn Mahlum Maglio Mae Maberry Lustig Luellen Longwell Longenecker Lofland Locascio Linney
Linneman Lighty Levell Levay Lenahan Lemen Lehto Lebaron Lanctot Lamy Lainez Laffoon Labombard
Kujawski Kroger Kreutzer Korhonen Kondo Kollman Kohan Kogut Knaus Kivi Kittel Kinner Kindig
Kindel Kiesel Kidney Kibby Khang Kettler Ketterer Kepner Kelliher Keenum Kanode Kail Juhasz
Jowett Jolicoeur Jeon Iser Ingrassia Imai Hutchcraft Humiston Hulings Hukill Huizenga Hugley
Huddle Hose Hornyak Hodder Hisle Hillenbrand Hille Higuchi Hertzler Herdon Heppner Hepp Heitmann
Heckart Hazlewood Hayles Hayek Hawthorn Hawkin Haugland Hasler Harbuck Happel Hambly Hambleton
Hagaman Guzzi Gullette Guinyard Grogg Grise Griffing Goto Gosney Goods Goley Goldblatt Gledhill
Girton Giltner Gillock Gilham Gilfillan Giblin Gentner Gehlert Gehl Garten Garney Garlow Garett
Galles Galeana Futral Fuhr Friedland Franson Fransen Foulds Follmer Foland Flax Flavin Firkins
Fillion Figueredo Ferrill Fenster Fenley Fauver Farfan Factor Eustice Eppler Engelman Engelke
Emmer Elzy Ellwood Ellerbee Elks Ehret Ebbert Durrah Dupras Dubuque Dragoo Donlon Dolloff Doi
Dibella Derrico Demko Demar Darrington Czapla Crooker Creagh Cranor Craner Crafts Crabill Coyer
Cowman Cowherd Cottone Costillo Coster Costas Cosenza Corker Collinson Coello Clingman
Clingerman Claborn Citizen Chmura Chausse Chaudhry Chapell Chancy Cerrone Caves Caverly Caulkins
Carn Campfield Campanelli Callaham Cadorette Butkovich Buske Burrier Burkley Bunyard Budge
Buckelew Buchheit Broman Brescia Brasel Brain Boyster Booe Bonomo Bonnet Bondi Bohnsack Bobby
Blomberg Blanford Bilderback Biggins Bently Behrends Beegle Bedoya Bechtol Beaubien Bayerl
Baumgart Baumeister Barratt Barlowe Barkman Barbagallo Baldree Baine Bail Baggs Bacote Aylward
Ashurst Arvidson Arthurs Arrieta Arrey Arreguin Arrant Arner Armor Arizmendi Anker Amis Amend
Alphin Allbright Aikin Acres Zupan Zuchowski Zeolla Zanchez Zahradnik Zahler Younan Yeater
Yearta Yarrington Yantis Woomer Wollard Wolfinger Woerner Witek Wishon Wisener Wingerter Willet
Wilding Wiedemann Weisel Wedeking Weary Waybright Wardwell Walkins Waldorf Voth Voit Virden
Viloria Villagran Vasta Vashon Vaquera Vantassell Vanderlinden Vandergrift Vancuren Valenta
Underdahl Tyra Tygart Twining Twiford Turlington Tullius Tubman Trowell Trieu Transue Tousant
Torgersen Tooker Tony Tome Toma Tocci Tippins Tinner Timlin Tillinghast Tidmore Teti Tedrick
Tacey Swanberg Sunde Summitt Summerford Summa Stratman Strandberg Storck Stober Steitz Stayer
Stauber Staiger Sponaugle Spofford Sparano Spagnola Sokoloski Snay Slough Skowronski Sieck
Shimkus Sheth Sherk Shankles Shakespeare Shahid Sevy Sergeant Senegal Seiden Seidell Searls
Searight Schwalm Schug Schilke Schier Scheck Sawtelle Santore Santa Sanks Sandquist Sanden
Saling Sabine Saathoff Ryberg Rustad Ruffing Rudnicki Ruane Rozzi Rowse Rosenau Rodes Risser
Riggin Riess Riese Rhoten Reinecke Reigle Reichling Redner Rebelo Raynes Raimondi Rahe Rada
Querry Quellette Pulsifer Prochnow Pretty Prato Poulton Poudrier Poll Policastro Polhemus
Polasek Poissant Pohlmann Plotner Pitkin Pita Pio Pinkett Pilot Piekarski Pichon Philippe Pfau
Petroff Petermann Peplinski Peller Pecinovsky Pearse Pattillo Patague Parlier Parenti Parchman
Pane Paff Ota Ortner Oros Nolley Noakes Nigh Nicolosi Nicolay Newnam Netter Nass Napoles Nakata
Nakamoto Muriel Muck Morlock Moraga Montilla Mongeau Molitor Mohney Mitchener Meyerhoff Medel
Mcniff Mcmonagle Mcglown Mcglinchey Mcgarrity Mccright Mccorvey Mcconnel Mccargo Mazzei Matula
Mastroianni Massingale Maring Maricle Marc Mans Mannon Mannix Manney Manger Manalo Malo Malan
Mahony Madril Mackowiak Macko Macintosh Lurry Luczynski Lucke Lucarelli Luca Loud Lou Losee
Lorence Loiacono Lohse Loder Lipari Linebarger Lindamood Limbaugh Letts Leleux Leep Leeder Leard
Laxson Lawry Laverdiere Laughton Lastra Kurek Kriss Krishnan Kretschmer Krebsbach Kontos Knobel
Knauf Klick Kleven Klawitter Kitchin Kirkendoll Kinkel Kingrey Kilbourn Kensinger Kennerly Kamin
Justiniano Jurek Junkin Julia Judon Jordahl Jeanes Jarrells Jamal Iwamoto Isreal Ishida Ines
Immel Iman Ihle Hyre Hurn Hunn Hultman Huffstetler Huffer Hubner Howey Horney Hooton Holts
Holscher Holen Hoggatt Hilaire Herz Henne Helstrom Hellickson Heinlein Heckathorn Heckard
Heather Heart Headlee Hauptman Haughey Hatt Harring Harford Hammill Hamed Halperin Haig Hagwood
Hagstrom Gunnells Gundlach Guardiola Greeno Greenland Gonce Goldsby Gobel Gisi Gillins Gillie
Germano Geibel Gauger Garriott Garbarino Gander Gajewski Funari Fullbright Fuell Fritzler
Freshwater Freas Fortino Forbus Fonda Flohr Flemister Fisch Finks Fenstermaker Feldstein Faw
Farhat Farah Fankhauser Fagg Fader Exline Emigh Eguia Edman Eckler Eastburn Dunmore Dubuisson
Dubinsky Drayer Doverspike Doubleday Doten Dorner Dolson Dohrmann Disla Direnzo Dipaola Dines
Dickie Diblasi Dewolf Desanti Dennehy Demming Delker Decola Davilla Davids Daughtridge Darville
Darland Danzy Dandy Dagenais Culotta Cruzado Crudup Croswell Coverdale Covelli Couts Corbell
Coplan Coolbaugh Conyer Conlee Conigliaro Comiskey Coberly Clendening Clairmont Cienfuegos
Chojnacki Chilcote Champney Cassara Casazza Casado Carew Carbin Carabajal Calcagni Cail Caddy
Busbee Burts Burbridge Bunge Bundick Buhler Bucker Bucholtz Bruen Broce Brite Brignac Brierly
Bridgman Braham Bradish Boyington Borjas Bonnie Bonn Bonhomme Bohlen Bogardus Bockelman Blick
Blackerby Bizier Biro Binney Bertolini Bertin Berti Bert Bento Beno Belgarde Belding Beckel
Becerril Bazaldua Bayes Bayard Barrus Barris Baros Bara Ballow Balboa Bakewell Baginski
Badalamenti Backhaus Avilez Auvil Atteberry Ardon Anzaldua Anello Amsler Amo Ambrosio Althouse
Alles Alix Alberti Alberson Aitchison Aguinaga Ziemann Zickefoose Zerr Zeh Zeck Zartman Zahm
Zabriskie Yohn Yellowhair Yeaton Yarnall Yaple Wolski Wixon Winford Willner Willms Whitsitt
Wheelwright Weyandt Wess Wengerd Weatherholtz Wattenbarger Walrath Walpole Waldrip Voges Violet
Vinzant Viars Veres Veneziano Veillon Vawter Vaughns Vanwart Vanostrand Valiente Valderas Uhrig
Tunison Tulloch Trostle Treaster Traywick Toye Tomson Tomasello Tomasek Tippit Tinajero Tift
Tienda Thorington Thierry Thieme Thibeau Thakkar Tewell Test Telfer Sweetser Sum Stratford
Stracener Stoke Stiverson Stelling Stefan Stavros Speaker Spatz Spagnoli Sorge Sober Slevin
Slabaugh Simson Shupp Shoultz Shotts Shiroma Shetley Sherrow Sheffey Shawgo Shamburger Sester
Segraves Seelig Seats Scioneaux Schwartzkopf Schwabe Scholes Schmuck Schluter Schlecht Schillaci
Schildgen Schieber Schewe Schecter Scarpelli Scaglione Sautter Santelli Sandman Salmi Sabado
Ryer Rydberg Ryba Rushford Running Runk Ruddick Rotondo Rote Rosenfield Roesner Rocchio Ritzer
Rippel Rimes Riffel Richison Ribble Reynold Resh Rehn Ratti Rasor Rasnake Rappold Rando
Radosevich Pulice Puff Prichett Pribble Poynor Plowden Pitzen Pittsley Pitter Pigeon Philyaw
Philipps Petite Pestana Perro Perone Pera Peil Pedone Pawlowicz Pattee Parten Parlin Pariseau
Paredez Pardon Panther Paek Pacifico Otts Ostrow Osornio Oslund Orso Ooten Onken Oniel Onan
Ollison Ohlsen Ohlinger Odowd Niemiec Neubert Nembhard Neaves Neathery Nakasone Myerson Muto
Muntz Munez Mumme Mumm Mujica Muise Muench Morriss Molock Mishoe Minier Metzgar Mero Meiser
Meese Meals Mcsween Mcquire Mcquinn Mcpheeters Mckeller Mcilrath Mcgown Mcdavis Mccuen Mcclenton
Maxham Matsui Marriner Marlette Mantle Mansur Mancino Maland Majka Maisch Maheux Madry Madriz
Mackley Macke Lydick Lutterman Luppino Lundahl Lovingood Loudon Longmore Lippman Liefer Leveque
Lescarbeau Lemmer Ledgerwood Lawver Lawrie Lattea Lasko Lahman Kulpa Kukowski Kukla Kubota
Kubala Krizan Kriz Krikorian Kravetz Kramp Kowaleski Knobloch Klosterman Kloster Klepper Kirven
Kinnaman Kinnaird Killam Kiesling Kesner Keebler Keagle Karls Kapinos Kantner Kaba Junious
Jefferys Jacquet Izzi Ishii Irion Ifill Hyun Hotard Horman Hoppes Hopkin Hokanson Hoda Hocutt
Hoaglin Hites Hirai Hindle Hinch Hilty Hild Hier Hickle Hibler Henrichs Hempstead Helmers
Hellard Heims Heidler Hearst Hawbaker Hau Harkleroad Harari Hanney Hannaford Hamid Hamburger
Haltom Hallford Guilliams Guerette Gryder Groseclose Groen Grimley Greenidge Greek Graffam
Goucher Goodenough Goldsborough Goldie Gloster Glanton Gladson Gladding Ghee Gethers Gerstein
Geesey Geddie Gayer Gaw Gaver Gauntt Gartland Garriga Garoutte Gao Gan Fronk Fritze Frenzel
Forgione Fluitt Flinchbaugh Flach Fiorito Finan Finamore Fimbres Fillman File Figeroa Ficklin
Feher Feddersen Fambro Fairbairn Eves Esperanza Escalona Elsey Eisenstein Ehrenberg Eargle Dress
Drane Dorothy Doria Dogan Dively Dewolfe Dettman Desiderio Desch Dennen Denk Demaris Delsignore
Dejarnette Deere Dedman Daws Dauphinais Danz Dantin Dannenberg Dalby Currence Culwell Cuesta
Croston Crossno Cromley Crisci Craw Coryell Cooter Condra Columbia Colpitts Colas Coach Clink
Clevinger Clermont Cistrunk Cirilo Chirico Chiarello Cephus Cecena Cavaliere Caughey Casimir
Carwell Carlon Carbonaro Caraveo Cantley Callejas Cagney Cadieux Cabaniss Bushard Burlew Buras
Budzinski Bucklew Bruneau Brummer Brueggemann Brotzman Bross Broad Brittian Brimage Briles
Brickman Breneman Breitenstein Brandel Brackins Boydstun Botta Bosket Boros Borgmann Bordeau
Bonifacio Bolten Boehman Blundell Bloodsaw Bjerke Biffle Bickett Bickers Beville Bergren Bergey
Benzing Belfiore Beirne Beckert Bebout Baumert Battey Bartman Barrs Barriere Barcelo Barbe
Balliet Baham Babst Auton Asper Asbell Arzate Argento Arel Araki Arai Apo Antley Amodeo Ammann
Allyn Allensworth Aldape Akey Abeita Zweifel Zeng Zeiler Zamor Zalenski Yzaguirre Yousef Yetman
Yau Wyer Woolwine Wohlgemuth Wohlers Wittenberg Wingrove Wind Wimsatt Willimas Wilkenson Wildey
Wilderman Wilczynski Wigton Whorley Wellons Welles Welle Weirich Weideman Weide Weekly Weast
Wasmund Warshaw Walson Waldner Walch Walberg Wagener Wageman Vrieze Vossen Vorce Voorhis
Vonderheide Viruet Vicari Verne Velasques Vautour Vartanian Varona Vankeuren Vandine Vandermeer
Ursery Underdown Uhrich Uhlman Tworek Twine Twellman Tweedie Tutino Turmelle Tubb Troop Trivedi
Triano Trevathan Treese Treanor Treacy Traina Topham Toenjes Tippetts Tieu Thomure Thatch
Tetzlaff Tetterton Tena Tell Teamer Tappan Tank Talcott Tagg Szczepanski Syring Surace Sulzer
Sugrue Sugarman Suess Styons Stwart Stupka Strey Straube Strate Stoddart Stockbridge Stjames
Stinger Steimle Steenberg Start Stamand Staller Stahly Stager Spurgin Sprow Sponsler Speas
Spainhour Sones Smits Smelcer Slovak Slaten Singleterry Simien Sidebottom Sibrian Shellhammer
Shelburne Shambo Sepeda Seigel Scogin Scianna Schmoll Schmelzer Scheu Schachter Savant Sauseda
Satcher Sandor Sampsell Rugh Rufener Rudolf Rotenberry Rossow Rossbach Roots Rollman Rodrique
Rodreguez Rodkey
""")
)
